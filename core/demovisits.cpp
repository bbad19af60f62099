#include "demovisits.h"

#include "database.h"
#include "demoanswers.h"
#include "demonames.h"
#include "exif.h"
#include "form.h"
#include "siterepository.h"
#include "visits.h"

#include <QFile>
#include <QSqlQuery>

namespace servqa::demo {

// A demo photo as the shopper's phone took it at `taken`, marked with its visit (every file differs).
QByteArray demoPhoto(const QString &name, qint64 visitId, const QDateTime &taken)
{
    QFile file(QStringLiteral(":/demo/evidence/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray jpeg = file.readAll();
    const QByteArray comment = "ServQA demo visit " + QByteArray::number(visitId);
    QByteArray segment("\xFF\xFE", 2);
    segment.append(char((comment.size() + 2) >> 8)).append(char((comment.size() + 2) & 0xff)).append(comment);
    return withExifCaptureTime(jpeg.left(2) + segment + jpeg.mid(2), taken);
}

Status addVisits(Database &db, Random &random, const Form &checklist, const QDate &end)
{
    auto userId = [&](const char *login) -> qint64 {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
        q.addBindValue(QString::fromLatin1(login));
        return execScalar(q, db).value();
    };
    const qint64 leadId = userId("lead");
    const QVector<qint64> shoppers{userId("shopper1"), userId("shopper2")};
    VisitService lead(db, leadId);
    const auto regions = SiteRepository(db).regions();
    if (!regions)
        return Error{regions.error()};
    const QDate thisMonth(end.year(), end.month(), 1);
    const QVector<QString> scenarios{QStringLiteral("咨询冬季外套并试穿 Ask about a winter coat and try it on"),
                                     QStringLiteral("购买一件商品后要求退货 Buy an item, then ask to return it"),
                                     QStringLiteral("询问会员积分规则 Ask how the loyalty points work")};
    QVector<qint64> lastMonth, current;
    for (const QString &region : *regions) {
        for (const QDate &month : {thisMonth.addMonths(-1), thisMonth}) {
            const auto ids = lead.planRegion({region, checklist.formId, scenarios[random.below(int(scenarios.size()))], month,
                                              month.addMonths(1).addDays(-1), 3, shoppers});
            if (!ids) {
                if (ids.error().contains(QLatin1String("has no stores")) || ids.error().contains(QStringLiteral("没有门店")))
                    break; // a region of contact-centre teams
                return Error{ids.error()};
            }
            (month == thisMonth ? current : lastMonth) += *ids;
        }
    }
    auto run = [&](qint64 visitId, bool finish) -> Status {
        const auto v = lead.visit(visitId);
        if (!v || !v->shopperId)
            return success();
        VisitService shopper(db, *v->shopperId);
        QDateTime at(v->windowFrom.addDays(random.below(3)), QTime(11 + random.below(7), random.below(60)));
        if (const auto started = shopper.start(visitId, at); !started)
            return Error{started.error()};
        const double p = 0.7 + 0.25 * random.uniform();
        Answers answers;
        int answered = 0;
        for (const FormSection &section : checklist.sections) {
            for (const FormItem &item : section.items) {
                if (!finish && answered >= 6)
                    break;
                answers.insert(item.key, demoAnswer(item, p, random));
                at = at.addSecs(45 + random.below(120));
                if (const Status s = shopper.saveAnswers(visitId, answers, QString(), at); !s)
                    return s;
                ++answered;
            }
        }
        const QStringList photos{QStringLiteral("storefront.jpg"), QStringLiteral("shelves.jpg")};
        for (int k = 0; k < (finish ? 3 : 2); ++k) {
            const QString name = k < 2 ? photos[k] : QStringLiteral("receipt.jpg");
            const auto added = shopper.addEvidenceData(visitId, k == 0 ? QStringLiteral("storefront") : (k == 2 ? QStringLiteral("receipt") : QString()), demoPhoto(name, visitId, at.addSecs(-60 * (3 - k))),
                                                       QStringLiteral("IMG_%1_%2.jpg").arg(visitId).arg(k + 1),
                                                       k < 2 ? EvidenceKind::Photo : EvidenceKind::Receipt);
            if (!added)
                return Error{added.error()};
        }
        if (!finish)
            return success();
        return shopper.submit(visitId, at.addSecs(300));
    };
    for (int i = 0; i < lastMonth.size(); ++i) {
        if (const Status s = run(lastMonth[i], true); !s)
            return s;
        if (i == 1) {
            if (const Status s = lead.reject(lastMonth[i], QStringLiteral("照片拍的不是本店 The photos are of another store")); !s)
                return s;
        } else if (i != lastMonth.size() - 1) {
            if (const Status s = lead.validate(lastMonth[i]); !s)
                return s;
        } // the last one awaits review
    }
    // This month: the first visit whose window has begun is being filled in.
    for (qint64 id : std::as_const(current)) {
        const auto v = lead.visit(id);
        if (v && v->shopperId && v->windowFrom <= end)
            return run(id, false);
    }
    return success();
}

} // namespace servqa::demo
