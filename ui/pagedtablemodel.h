#pragma once

#include "result.h"

#include <QAbstractTableModel>

#include <any>
#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace servqa {

class Database;
class WorkspaceReader;

// Base of the long lists (interactions, evaluations): rows come from the workspace in pages,
// read on a reader thread with its own connection, so the window never waits for the
// database. The first page is shown as soon as it is read and the total follows; a reload
// (new filter or sort) supersedes requests still queued; further pages arrive as the view
// scrolls (canFetchMore/fetchMore). Subclasses say how to read a page and count, and hold
// the rows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    // A start's first page (prefetch): what a tall screen shows. Each row read costs its pages
    // from the disk when the workspace is not in memory yet; the next rows come as the list scrolls.
    static constexpr int StartPageSize = 50;

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    // Opens the workspace file on the reader thread; an empty path empties the list.
    void setWorkspace(const QString &path);
    // Re-reads from the first page (new filter, new sort, data changed).
    void reload();
    // A start (MainWindow): the reader thread opens `path` and reads its first page and total with
    // the present filter while the window is still being built and the workspace checked and
    // opened. Nothing is shown until setWorkspace(path) comes next with nothing asked in between:
    // it then shows them (or waits for them) instead of reading again. Anything else asked first,
    // or a read that fails, and the list reads as it always does.
    void prefetch(const QString &path);
    // The workspace prefetched did not open (damaged, refused): what was read is never shown.
    void cancelPrefetch();

    bool isLoading() const { return m_pagePending || m_total < 0; }
    // Rows matching the filter; -1 while they are being counted.
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(qint64 total); // -1: counting
    // A request has been answered and nothing is pending: the rows shown are complete.
    void loaded();
    void errorOccurred(const QString &message);

protected:
    struct Page
    {
        std::any rows; // the subclass's row vector
        int size = 0;
    };
    using PageJob = std::function<Result<Page>(Database &)>;
    using CountJob = std::function<Result<qint64>(Database &)>;

    // Called on the GUI thread; the returned jobs run on the reader thread, so they must
    // capture what they need (filter, sort) by value.
    virtual PageJob pageJob(int offset, int limit) const = 0;
    virtual CountJob countJob() const = 0;
    // Row storage, called on the GUI thread inside begin/end model changes.
    virtual void appendRows(const std::any &rows) = 0;
    virtual void clearRows() = 0;
    virtual int loadedRowCount() const = 0;
    // Whether the reader's connection reads the file through SQLite's memory map (as every
    // connection does: SqlDialect::connectionSetup()) or with a read per page. A page of rows
    // looked up by key touches pages all over the file: one missing from memory costs a 4 KB read,
    // but through the map the system reads the whole read-ahead window around it (docs/PERFORMANCE.md).
    virtual bool readsThroughMemoryMap() const { return true; }

private:
    void request(int offset, bool withCount);
    void applyPage(quint64 generation, int offset, const Page &page, int limit = PageSize);
    void applyCount(quint64 generation, qint64 total);
    void applyError(quint64 generation, const QString &message);
    void keepPrefetched(quint64 generation, std::optional<Page> page, std::optional<qint64> total, const QString &error);

    QThread *m_thread;
    WorkspaceReader *m_reader;
    bool m_open = false;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    std::atomic<quint64> m_latest{0}; // read by the reader to skip superseded requests
    bool m_pagePending = false;
    bool m_exhausted = true;
    bool m_notifying = false;
    struct Prefetch
    {
        QString path; // until setWorkspace takes it
        quint64 generation = 0;
        bool taken = false; // by setWorkspace: answers are shown as they come
        bool failed = false;
        std::optional<Page> page;
        std::optional<qint64> total;
    } m_prefetch;
};

} // namespace servqa
