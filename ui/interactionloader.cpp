#include "interactionloader.h"

#include "database.h"

namespace servqa {

InteractionLoader::InteractionLoader(const std::atomic<quint64> &latest, PageFn page, CountFn count, ErrorFn error)
    : m_latest(latest), m_page(std::move(page)), m_count(std::move(count)), m_error(std::move(error))
{
}

InteractionLoader::~InteractionLoader() = default;

void InteractionLoader::open(const QString &path, quint64 generation)
{
    m_db.reset();
    if (path.isEmpty())
        return;
    auto db = Database::openSqlite(path);
    if (!db) {
        m_error(generation, db.error());
        return;
    }
    m_db = std::move(*db);
}

void InteractionLoader::load(quint64 generation, const InteractionFilter &filter, InteractionColumn sort,
                             Qt::SortOrder order, int offset, int limit, bool withCount)
{
    if (superseded(generation) || !m_db)
        return;
    InteractionQuery query(*m_db);
    // The page first: it is what the user is waiting to see. The total follows.
    const auto page = query.page(filter, sort, order, offset, limit);
    if (!page) {
        m_error(generation, page.error());
        return;
    }
    m_page(generation, offset, *page);
    if (!withCount || superseded(generation))
        return;
    if (page->size() < limit) { // the whole result is in hand: no need to count
        m_count(generation, offset + page->size());
        return;
    }
    const auto total = query.count(filter);
    if (!total) {
        m_error(generation, total.error());
        return;
    }
    m_count(generation, *total);
}

} // namespace servqa
