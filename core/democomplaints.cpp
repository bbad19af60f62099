#include "democomplaints.h"

#include "complaints.h"
#include "database.h"
#include "demonames.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace servqa::demo {

namespace {

struct Story
{
    const char *category;
    const char *text;
    bool store; // about a store visited, else about a contact with the contact centre
};

// What customers complain about, in the words they use (Chinese and English customers both).
const Story Stories[] = {
    {"attitude", "店员态度冷淡，结账时一直在玩手机，没有理睬我。", true},
    {"attitude", "The agent interrupted me twice and hung up before I had finished.", false},
    {"attitude", "客服说“这个不归我管”，让我自己再打别的电话。", false},
    {"waiting", "排队结账等了二十多分钟，只开了一个收银台。", true},
    {"waiting", "I waited 40 minutes on hold and nobody called me back as promised.", false},
    {"product", "买的酸奶还没过期就已经变质了，要求退换。", true},
    {"product", "The rice cooker I bought stopped working after three days.", true},
    {"delivery", "冷链商品送到时已经化冻，配送员说不归他管。", false},
    {"delivery", "My parcel was marked as delivered but never arrived.", false},
    {"billing", "会员价没有生效，多收了我 36 元。", true},
    {"billing", "I was charged twice for the same order and the refund has not arrived.", false},
    {"after_sales", "空调维修预约了三次都没有上门。", false},
    {"after_sales", "The repair was promised within 24 hours; it is the fourth day.", false},
    {"environment", "门店地面湿滑没有提示牌，老人差点摔倒。", true},
    {"environment", "The fitting rooms were dirty and the lights did not work.", true},
    {"other", "我的投诉上次说会回电，一直没人联系我。", false},
};

const char *const Responses[] = {"已致电顾客致歉，说明处理时限。", "Called the customer, apologised and explained the next steps.",
                                  "已短信联系顾客，约定明天上午回访。"};
const char *const Outcomes[] = {"退还差价并赠送 20 元优惠券。", "Replaced the product and waived the delivery fee.",
                                "店长当面致歉，已对当班员工进行服务规范培训。", "Refund issued to the original payment method.",
                                "安排维修师傅上门，故障已排除。"};

ComplaintSeverity drawSeverity(Random &random)
{
    const double u = random.uniform();
    return u < 0.25 ? ComplaintSeverity::Low : u < 0.75 ? ComplaintSeverity::Medium : u < 0.95 ? ComplaintSeverity::High : ComplaintSeverity::Critical;
}

} // namespace

Status addComplaints(Database &db, quint64 seed, const QDate &endDate)
{
    Random random(seed ^ 0x636f6d706c61696eULL);
    const QDateTime now(endDate, QTime(18, 0), Qt::LocalTime);
    const QDateTime from = now.addDays(-182); // the 26 weeks of a control chart
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, site_id, channel, customer_ref, started_at FROM interactions WHERE started_at >= ? AND started_at < ? "
                             "AND channel <> 'visit' ORDER BY started_at"));
    q.addBindValue(toStored(from));
    q.addBindValue(toStored(now.addSecs(-3600)));
    if (const Status s = execQuery(q, db); !s)
        return s;
    struct Contact
    {
        qint64 id, site;
        QString channel, customer;
        qint64 started;
    };
    QVector<Contact> contacts;
    while (q.next())
        contacts.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    if (contacts.isEmpty())
        return success();
    const auto users = UserRepository(db).all();
    if (!users)
        return Error{users.error()};
    qint64 lead = 0;
    QVector<qint64> handlers;
    for (const User &u : *users) {
        if (u.role == UserRole::Lead)
            lead = u.id;
        if (u.role == UserRole::Manager || u.role == UserRole::Lead)
            handlers << u.id;
    }
    if (lead == 0 || handlers.isEmpty())
        return success();
    QVector<qint64> stores;
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE kind = 'store' ORDER BY id"));
    if (const Status s = execQuery(q, db); !s)
        return s;
    while (q.next())
        stores << q.value(0).toLongLong();
    QVector<const Story *> storeStories, contactStories;
    for (const Story &story : Stories)
        (story.store ? storeStories : contactStories) << &story;
    const int count = std::clamp(int(contacts.size() / 150), 16, 300);
    // A few more about the last week's contacts: the complaints still being handled, more of them
    // behind (a store that falls behind is what the list must show).
    const qint64 recentFrom = toStored(now.addDays(-7));
    const auto recentBegin = std::find_if(contacts.cbegin(), contacts.cend(), [&](const Contact &c) { return c.started >= recentFrom; });
    const int recentAt = int(recentBegin - contacts.cbegin());

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    ComplaintStore store(db);
    QVector<Contact> chosen;
    for (int k = 0; k < count; ++k) {
        const bool recent = k % 12 == 0 && recentAt < contacts.size();
        chosen << contacts[recent ? recentAt + random.below(int(contacts.size()) - recentAt) : random.below(contacts.size())];
    }
    std::sort(chosen.begin(), chosen.end(), [](const Contact &a, const Contact &b) { return a.started < b.started; });
    for (const Contact &contact : chosen) {
        // Two in five about a store, by telephone or on social media, in its opening hours; the
        // others about a contact, some while it is fresh, some a day or two later.
        const bool aboutStore = !stores.isEmpty() && random.chance(0.4);
        const Story &story = *(aboutStore ? storeStories : contactStories)[random.below(aboutStore ? storeStories.size() : contactStories.size())];
        ComplaintIntake intake;
        intake.category = QString::fromLatin1(story.category);
        intake.severity = drawSeverity(random);
        intake.description = QString::fromUtf8(story.text);
        if (aboutStore) {
            intake.siteId = stores[random.below(stores.size())];
            intake.channel = random.chance(0.7) ? Channel::Call : Channel::Social;
            intake.customerRef = QStringLiteral("VIP%1").arg(100000 + random.below(900000));
            intake.receivedAt = QDateTime(fromStored(contact.started).date(), QTime(10, 0)).addSecs(random.below(11 * 3600));
        } else {
            intake.siteId = contact.site;
            intake.interactionId = contact.id;
            intake.customerRef = contact.customer;
            intake.channel = random.chance(0.3) ? Channel::Call : channelFromKey(contact.channel).value_or(Channel::Call);
            intake.receivedAt = fromStored(contact.started).addSecs(600 + random.below(contact.started >= recentFrom ? 6 * 3600 : 2 * 86400));
        }
        // Taken in during the day: one that comes at night waits for the morning shift.
        if (intake.receivedAt.time() < QTime(8, 0))
            intake.receivedAt = intake.receivedAt.addSecs(8 * 3600);
        if (intake.receivedAt > now)
            continue;
        const auto limit = store.timeLimitFor(intake.channel, intake.severity);
        if (!limit)
            return Error{limit.error()};
        const auto id = store.take(intake, lead, intake.receivedAt.addSecs(60));
        if (!id)
            return Error{id.error()};
        // Each step at its time, as long as that time has come by the end of the demo.
        int version = 1;
        QDateTime at = intake.receivedAt.addSecs(300 + random.below(5400));
        if (at > now)
            continue;
        const qint64 owner = handlers[random.below(handlers.size())];
        if (const Status s = store.dispatch(*id, version++, intake.siteId, owner, QString(), lead, at); !s)
            return s;
        const bool behind = intake.receivedAt.toSecsSinceEpoch() >= recentFrom;
        const qint64 responseLimit = qint64(limit->firstResponseMinutes) * 60;
        at = intake.receivedAt.addSecs(random.chance(behind ? 0.6 : 0.85) ? qint64(responseLimit * (0.1 + 0.8 * random.uniform()))
                                                           : qint64(responseLimit * (1.1 + random.uniform())));
        if (at > now)
            continue;
        if (const Status s = store.respond(*id, version++, QString::fromUtf8(Responses[random.below(int(std::size(Responses)))]), owner, at); !s)
            return s;
        const qint64 resolutionLimit = qint64(limit->resolutionMinutes) * 60;
        const bool late = random.chance(behind ? 0.5 : 0.2);
        at = std::max(at.addSecs(600), intake.receivedAt.addSecs(late ? qint64(resolutionLimit * (1.05 + random.uniform()))
                                                                      : qint64(resolutionLimit * (0.3 + 0.65 * random.uniform()))));
        if (at > now)
            continue;
        if (const Status s = store.resolve(*id, version++, QString::fromUtf8(Outcomes[random.below(int(std::size(Outcomes)))]), owner, at); !s)
            return s;
        at = at.addSecs(3600 + random.below(23 * 3600));
        if (at > now)
            continue;
        // Satisfied mostly; less so when it took too long.
        const int satisfaction = std::clamp(int(late ? 2 + random.below(3) : 3 + random.below(3)), 1, 5);
        if (const Status s = store.close(*id, version++, satisfaction, QString(), owner, at); !s)
            return s;
        if (random.chance(0.05)) {
            at = at.addSecs(86400 + random.below(3 * 86400));
            if (at > now)
                continue;
            if (const Status s = store.reopen(*id, version++, QStringLiteral("顾客再次来电，问题没有解决。"), lead, at); !s)
                return s;
            at = at.addSecs(4 * 3600 + random.below(40 * 3600));
            if (at > now)
                continue;
            if (const Status s = store.resolve(*id, version++, QStringLiteral("上门更换商品，顾客确认问题已解决。"), owner, at); !s)
                return s;
        }
    }
    return transaction.commit();
}

} // namespace servqa::demo
