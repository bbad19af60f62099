#pragma once

#include "interactionquery.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace servqa {

class Database;

// Runs InteractionListModel's queries on its own thread and connection. Every method runs in
// that thread (the model posts them with QMetaObject::invokeMethod) and answers by posting
// back to the model; requests whose generation is older than the model's latest are skipped.
class InteractionLoader : public QObject
{
    Q_OBJECT

public:
    using PageFn = std::function<void(quint64 generation, int offset, QVector<InteractionRow> rows)>;
    using CountFn = std::function<void(quint64 generation, qint64 total)>;
    using ErrorFn = std::function<void(quint64 generation, QString message)>;

    InteractionLoader(const std::atomic<quint64> &latest, PageFn page, CountFn count, ErrorFn error);
    ~InteractionLoader() override;

    void open(const QString &path, quint64 generation);
    void load(quint64 generation, const InteractionFilter &filter, InteractionColumn sort,
              Qt::SortOrder order, int offset, int limit, bool withCount);

private:
    bool superseded(quint64 generation) const { return generation < m_latest.load(); }

    const std::atomic<quint64> &m_latest;
    PageFn m_page;
    CountFn m_count;
    ErrorFn m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace servqa
