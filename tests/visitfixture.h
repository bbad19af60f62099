#pragma once

// The stores and checklist of scorecardfixture.h, with a QA lead and two mystery shoppers.

#include "scorecardfixture.h"
#include "visits.h"

namespace servqa::test {

struct VisitFixture : test::ScorecardFixture
{
    qint64 lead = 0, shopperA = 0, shopperB = 0;

    VisitFixture()
    {
        auto user = [&](const char *login, const char *name, UserRole role) {
            User u;
            u.login = QString::fromUtf8(login);
            u.name = QString::fromUtf8(name);
            u.role = role;
            return *UserRepository(*ws.db).upsert(u);
        };
        lead = user("chen", "陈静", UserRole::Lead);
        shopperA = user("ma", "马丽 Ma Li", UserRole::Shopper);
        shopperB = user("zhou", "周杰 Zhou Jie", UserRole::Shopper);
    }

    qint64 plan(qint64 site, QDate from, QDate to, std::optional<qint64> shopper)
    {
        const auto id = VisitService(*ws.db, lead).plan({site, checklist.formId, QStringLiteral("买一件外套并退货"), from, to, shopper});
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }
};

} // namespace servqa::test
