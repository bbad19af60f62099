#include "pagedtablemodel.h"

#include "database.h"

#include <QThread>

#include <limits>
#include <memory>
#include <utility>

namespace servqa {

// Lives on the reader thread and owns that thread's connection.
class WorkspaceReader : public QObject
{
public:
    std::unique_ptr<Database> db;
};

namespace {

// The reader's connection: a list only reads.
Result<std::unique_ptr<Database>> openForReading(const QString &path, bool memoryMapped)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    if (db && !memoryMapped && !(*db)->isServer()) {
        if (const Status s = (*db)->exec(QStringLiteral("PRAGMA mmap_size = 0")); !s)
            return Error{s.error()};
    }
    return db;
}

} // namespace

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_thread(new QThread(this)), m_reader(new WorkspaceReader)
{
    m_reader->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("WorkspaceReader"));
    m_thread->start();
}

PagedTableModel::~PagedTableModel()
{
    // Skip anything still queued, then close the connection in its own thread.
    m_latest = std::numeric_limits<quint64>::max();
    WorkspaceReader *reader = m_reader;
    QMetaObject::invokeMethod(reader, [reader] { delete reader; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PagedTableModel::setWorkspace(const QString &path)
{
    if (!path.isEmpty() && path == m_prefetch.path && m_generation == m_prefetch.generation && !m_prefetch.failed
        && !m_prefetch.taken) {
        // Read while the workspace was being opened, with the filter of now: shown, not read again.
        m_prefetch.taken = true;
        m_open = true;
        m_notifying = true;
        beginResetModel();
        clearRows();
        m_total = -1;
        m_exhausted = false;
        m_pagePending = true;
        endResetModel();
        m_notifying = false;
        emit totalCountChanged(m_total);
        keepPrefetched(m_generation, std::exchange(m_prefetch.page, std::nullopt), std::exchange(m_prefetch.total, std::nullopt), QString());
        return;
    }
    m_prefetch = {};
    m_open = !path.isEmpty();
    const quint64 generation = ++m_generation;
    m_latest = generation;
    WorkspaceReader *reader = m_reader;
    QMetaObject::invokeMethod(reader, [this, reader, path, generation, mapped = readsThroughMemoryMap()] {
        reader->db.reset();
        if (path.isEmpty())
            return;
        auto db = openForReading(path, mapped);
        if (db)
            reader->db = std::move(*db);
        else
            QMetaObject::invokeMethod(this, [this, generation, e = db.error()] { applyError(generation, e); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    reload();
}

void PagedTableModel::prefetch(const QString &path)
{
    m_prefetch = {};
    if (path.isEmpty() || m_open)
        return;
    const quint64 generation = ++m_generation;
    m_latest = generation;
    m_prefetch.path = path;
    m_prefetch.generation = generation;
    PageJob page = pageJob(0, StartPageSize);
    CountJob count = countJob();
    WorkspaceReader *reader = m_reader;
    // As request() and setWorkspace() do, in one job: the connection, the page, then the total.
    QMetaObject::invokeMethod(reader, [this, reader, path, generation, page, count, mapped = readsThroughMemoryMap()] {
        const auto keep = [this, generation](std::optional<Page> p, std::optional<qint64> total, const QString &error) {
            QMetaObject::invokeMethod(this, [this, generation, p, total, error] { keepPrefetched(generation, p, total, error); },
                                      Qt::QueuedConnection);
        };
        reader->db.reset();
        auto db = openForReading(path, mapped);
        if (!db)
            return keep({}, {}, db.error());
        reader->db = std::move(*db);
        if (generation < m_latest.load())
            return;
        Result<Page> rows = page(*reader->db);
        if (!rows)
            return keep({}, {}, rows.error());
        const int size = rows->size;
        keep(*rows, {}, QString());
        if (generation < m_latest.load())
            return;
        const Result<qint64> total = size < StartPageSize ? Result<qint64>(qint64(size)) : count(*reader->db);
        if (total)
            keep({}, *total, QString());
        else
            keep({}, {}, total.error());
    }, Qt::QueuedConnection);
}

void PagedTableModel::cancelPrefetch()
{
    if (m_prefetch.path.isEmpty() || m_prefetch.taken)
        return;
    m_prefetch = {};
    m_latest = ++m_generation;
    if (!m_open) {
        WorkspaceReader *reader = m_reader;
        QMetaObject::invokeMethod(reader, [reader] { reader->db.reset(); }, Qt::QueuedConnection);
    }
}

void PagedTableModel::keepPrefetched(quint64 generation, std::optional<Page> page, std::optional<qint64> total, const QString &error)
{
    if (generation != m_generation || generation != m_prefetch.generation)
        return; // something else was asked since
    if (!m_prefetch.taken) {
        if (!error.isEmpty())
            m_prefetch.failed = true; // setWorkspace opens and reads as always
        if (page)
            m_prefetch.page = std::move(page);
        if (total)
            m_prefetch.total = total;
        return;
    }
    if (!error.isEmpty() && loadedRowCount() == 0) {
        // Not read before the workspace was opened (it was being upgraded, say): read now.
        const QString path = m_prefetch.path;
        m_prefetch = {};
        m_open = false;
        setWorkspace(path);
        return;
    }
    if (page)
        applyPage(generation, 0, *page, StartPageSize);
    if (total)
        applyCount(generation, *total);
    if (!error.isEmpty())
        applyError(generation, error);
}

void PagedTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    clearRows();
    ++m_generation;
    m_latest = m_generation;
    m_total = m_open ? -1 : 0;
    m_exhausted = !m_open;
    m_pagePending = false;
    endResetModel();
    m_notifying = false;
    emit totalCountChanged(m_total);
    if (m_open)
        request(0, true);
    else
        emit loaded();
}

void PagedTableModel::request(int offset, bool withCount)
{
    m_pagePending = true;
    const quint64 generation = m_generation;
    PageJob page = pageJob(offset, PageSize);
    CountJob count = withCount ? countJob() : CountJob();
    WorkspaceReader *reader = m_reader;
    // Answers are posted back to this object; posted calls die with it.
    QMetaObject::invokeMethod(reader, [this, reader, generation, offset, page, count] {
        if (generation < m_latest.load() || !reader->db)
            return;
        // The page first: it is what the user is waiting to see. The total follows.
        Result<Page> rows = page(*reader->db);
        if (!rows) {
            QMetaObject::invokeMethod(this, [this, generation, e = rows.error()] { applyError(generation, e); }, Qt::QueuedConnection);
            return;
        }
        const int size = rows->size;
        QMetaObject::invokeMethod(this, [this, generation, offset, p = *rows] { applyPage(generation, offset, p); }, Qt::QueuedConnection);
        if (!count || generation < m_latest.load())
            return;
        // When the whole result fits in the first page there is nothing left to count.
        const Result<qint64> total = size < PageSize ? Result<qint64>(qint64(offset + size)) : count(*reader->db);
        if (total)
            QMetaObject::invokeMethod(this, [this, generation, t = *total] { applyCount(generation, t); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, [this, generation, e = total.error()] { applyError(generation, e); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void PagedTableModel::applyPage(quint64 generation, int offset, const Page &page, int limit)
{
    if (generation != m_generation || offset != loadedRowCount())
        return; // an answer to a superseded request
    m_pagePending = false;
    m_exhausted = page.size < limit;
    if (page.size > 0) {
        m_notifying = true;
        beginInsertRows({}, offset, offset + page.size - 1);
        appendRows(page.rows);
        endInsertRows();
        m_notifying = false;
    }
    if (!isLoading())
        emit loaded();
}

void PagedTableModel::applyCount(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    emit totalCountChanged(total);
    if (!isLoading())
        emit loaded();
}

void PagedTableModel::applyError(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_pagePending = false;
    m_exhausted = true;
    if (m_total < 0)
        m_total = loadedRowCount();
    emit errorOccurred(message);
    emit loaded();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // No fetching while observers are still handling a reset or an insertion (a page fetched
    // from inside those signals would start a change before the previous one has ended), nor
    // while a page is on its way.
    return !m_notifying && !parent.isValid() && m_open && !m_pagePending && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(loadedRowCount(), false);
}

} // namespace servqa
