// Automatic screening (issue 22): transcripts read as turns, every kind of rule condition, the rule
// file and its errors, the pass that stores what matched, and the agreement figures against an
// independent count.
#include "democonversations.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formjson.h"
#include "formrepository.h"
#include "screening.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "screeningfixture.h"
#include "testsupport.h"
#include "transcript.h"
#include "userrepository.h"
#include "transactionguard.h"
#include "interactionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace servqa;

namespace {

Condition condition(const char *json)
{
    const auto c = conditionFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("when"));
    if (!c)
        qFatal("%s", qPrintable(c.error()));
    return *c;
}

RuleHit check(const char *json, const QString &transcript, Interaction interaction = {})
{
    ScreeningSubject subject;
    subject.interaction = &interaction;
    subject.turns = parseTranscript(transcript);
    subject.responseTarget = 20;
    return evaluate(condition(json), subject);
}

QString conditionError(const char *json)
{
    const auto c = conditionFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("rules[0].when"));
    return c ? QString() : c.error();
}

QString setError(const QByteArray &json)
{
    const auto s = ruleSetFromJson(json);
    return s ? QString() : s.error();
}

const QString TimedCall = QStringLiteral("[0:00-0:04] 坐席：您好，这里是客服中心，本次通话将被录音。\n"
                                         "[0:05-0:12] 客户：我的订单还没到。\n"
                                         "[0:10-0:15] 坐席：请问您的手机号后四位？\n"
                                         "[0:16-0:18] 客户：1234。\n"
                                         "[1:00-1:06] 坐席：查到了，明天送达。还有什么可以帮您？\n"
                                         "[1:07-1:08] 客户：没有了，谢谢。");

QVariant one(Database &db, const QString &sql)
{
    return test::scalar(db, sql);
}

} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private slots:
    // Each line that starts with a speaker's word is a turn; places in the turns are places in the
    // transcript, so a match can be highlighted where the inspector reads it.
    void aTranscriptIsReadAsTurns()
    {
        const QString text = QStringLiteral("客户：你好，我的订单三天了还没发货。\r\n坐席 ： 您好，很抱歉\n让您久等。\n\nAGENT: Let me check.\n"
                                            "Customer: thanks\nan email signature");
        const QVector<Turn> turns = parseTranscript(text);
        QCOMPARE(turns.size(), 4);
        QCOMPARE(turns.at(0).speaker, Speaker::Customer);
        QCOMPARE(turns.at(0).text, QStringLiteral("你好，我的订单三天了还没发货。"));
        QCOMPARE(turns.at(1).speaker, Speaker::Agent);
        QCOMPARE(turns.at(1).text, QStringLiteral("您好，很抱歉\n让您久等。")); // the next line belongs to it
        QCOMPARE(turns.at(2).speaker, Speaker::Agent); // any case
        QCOMPARE(turns.at(3).text, QStringLiteral("thanks\nan email signature"));
        for (const Turn &t : turns)
            QCOMPARE(text.mid(t.start, t.length), t.text);
        QVERIFY(!turns.at(0).at);

        const QVector<Turn> email = parseTranscript(QStringLiteral("Dear team,\nmy parcel is late."));
        QCOMPARE(email.size(), 1);
        QCOMPARE(email.first().speaker, Speaker::Unknown);

        const QVector<Turn> timed = parseTranscript(TimedCall);
        QCOMPARE(timed.size(), 6);
        QCOMPARE(*timed.at(1).at, 5.0);
        QCOMPARE(*timed.at(1).end, 12.0);
        QCOMPARE(*timed.at(4).at, 60.0);
        QCOMPARE(*parseTranscript(QStringLiteral("[0:01:05.5] Agent: hi")).first().at, 65.5);
        QCOMPARE(formatTranscript(timed), TimedCall);
        QCOMPARE(transcriptTime(3725), QStringLiteral("1:02:05"));
        QCOMPARE(transcriptTime(59.96), QStringLiteral("1:00"));
    }

    void phrasesCountWhoSaidThemAndWhere()
    {
        const QString chat = QStringLiteral("客户：您好，在吗？\n坐席：在的。\n坐席：您好，请讲。");
        // The customer's 您好 is not the agent's; the agent's first turn has none, the second has.
        QVERIFY(check(R"({"phrases": ["您好"]})", chat).matched);
        QVERIFY(!check(R"({"phrases": ["您好"], "speaker": "agent", "in": {"first": 1, "unit": "turns"}})", chat).matched);
        const RuleHit hit = check(R"({"phrases": ["您好", "hello"], "speaker": "agent", "in": {"first": 2, "unit": "turns"}})", chat);
        QVERIFY(hit.matched);
        QCOMPARE(hit.turn, 2);
        QCOMPARE(hit.text, QStringLiteral("您好"));
        QCOMPARE(chat.mid(hit.start, hit.length), QStringLiteral("您好"));
        QCOMPARE(hit.start, 20);
        QVERIFY(check(R"({"phrases": ["您好"], "speaker": "agent", "in": {"last": 1, "unit": "turns"}})", chat).matched);
        QVERIFY(!check(R"({"phrases": ["您好"], "atLeast": 3})", chat).matched);
        QVERIFY(check(R"({"phrases": ["您好"], "atLeast": 2})", chat).matched);
        QVERIFY(!check(R"({"phrases": ["您好", "请讲", "再见"], "match": "all"})", chat).matched);
        QVERIFY(check(R"({"phrases": ["您好", "请讲"], "match": "all"})", chat).matched);
        QVERIFY(check(R"({"phrases": ["HELLO"]})", QStringLiteral("Agent: hello there")).matched); // any case
        // Any case beyond ASCII, found where the inspector reads it (the text as written).
        const QString german = QStringLiteral("Customer: Ich habe ÄRGER mit Ihrer Straße. ΣΟΦΊΑ");
        const RuleHit umlaut = check(R"({"phrases": ["ärger"]})", german);
        QVERIFY(umlaut.matched);
        QCOMPARE(umlaut.text, QStringLiteral("ÄRGER"));
        QCOMPARE(german.mid(umlaut.start, umlaut.length), QStringLiteral("ÄRGER"));
        QCOMPARE(check(R"({"phrases": ["STRASSE", "σοφία"]})", german).text, QStringLiteral("ΣΟΦΊΑ")); // ß is not ss
        QCOMPARE(check(R"({"phrases": ["straße"]})", german).text, QStringLiteral("Straße"));
        // A subject given new turns reads them, not the ones it read before.
        ScreeningSubject reused;
        Interaction none;
        reused.interaction = &none;
        const Condition sorry = condition(R"({"phrases": ["SORRY"]})");
        reused.turns = parseTranscript(QStringLiteral("Agent: Sorry for the wait."));
        QVERIFY(evaluate(sorry, reused).matched);
        reused.turns = parseTranscript(QStringLiteral("Agent: Thanks for the wait."));
        QVERIFY(!evaluate(sorry, reused).matched);
        // Seconds: on a timed call only.
        QVERIFY(check(R"({"phrases": ["录音"], "speaker": "agent", "in": {"first": 5, "unit": "seconds"}})", TimedCall).matched);
        QVERIFY(!check(R"({"phrases": ["还有什么"], "in": {"first": 30, "unit": "seconds"}})", TimedCall).matched);
        QVERIFY(check(R"({"phrases": ["还有什么"], "in": {"last": 10, "unit": "seconds"}})", TimedCall).matched);
        QVERIFY(!check(R"({"phrases": ["录音"], "in": {"first": 5, "unit": "seconds"}})", QStringLiteral("坐席：本次通话将被录音")).matched);

        const RuleHit re = check(R"({"pattern": "1[3-9]\\d{9}", "speaker": "customer"})", QStringLiteral("客户：我的电话是13912345678。"));
        QVERIFY(re.matched);
        QCOMPARE(re.text, QStringLiteral("13912345678"));
    }

    void timingsAreMeasuredOnTimedTranscripts()
    {
        // The longest gap is 0:18 → 1:00, 42 s, before turn 4.
        RuleHit silence = check(R"({"silence": {"over": 30}})", TimedCall);
        QVERIFY(silence.matched);
        QCOMPARE(silence.turn, 4);
        QCOMPARE(*silence.seconds, 42.0);
        QVERIFY(!check(R"({"silence": {"over": 42}})", TimedCall).matched);
        // The customer waited 0:18 → 1:00 for the agent: 42 s, over the 20 s target.
        const RuleHit wait = check(R"({"longestWait": {"over": "target"}})", TimedCall);
        QVERIFY(wait.matched);
        QCOMPARE(*wait.seconds, 42.0);
        QVERIFY(!check(R"({"longestWait": {"over": 42}})", TimedCall).matched);
        // The agent spoke at 0:10 while the customer spoke until 0:12: once.
        const RuleHit interrupted = check(R"({"interruption": {}})", TimedCall);
        QVERIFY(interrupted.matched);
        QCOMPARE(interrupted.turn, 2);
        QCOMPARE(*interrupted.seconds, 2.0);
        QVERIFY(!check(R"({"interruption": {"atLeast": 2}})", TimedCall).matched);
        // The first response: the interaction's own figure when it has one, else the transcript's.
        QVERIFY(!check(R"({"firstResponse": {"over": "target"}})", TimedCall).matched); // 0 s: the agent opened
        const QString late = QStringLiteral("[0:00] 客户：在吗？\n[0:25] 坐席：在的。");
        QCOMPARE(*check(R"({"firstResponse": {"over": "target"}})", late).seconds, 25.0);
        Interaction measured;
        measured.firstResponseSeconds = 12;
        QVERIFY(!check(R"({"firstResponse": {"over": "target"}})", late, measured).matched);
        // Without times there is nothing to measure.
        QVERIFY(!check(R"({"silence": {"over": 1}})", QStringLiteral("坐席：你好\n客户：你好")).matched);
    }

    void conditionsCombine()
    {
        Interaction call;
        call.channel = Channel::Call;
        call.durationSeconds = 700;
        call.resolved = false;
        QVERIFY(check(R"({"metadata": {"field": "duration", "op": ">", "value": 600}})", {}, call).matched);
        QVERIFY(!check(R"({"metadata": {"field": "duration", "op": "<=", "value": 600}})", {}, call).matched);
        QVERIFY(check(R"({"metadata": {"field": "resolved", "op": "=", "value": "no"}})", {}, call).matched);
        QVERIFY(check(R"({"metadata": {"field": "channel", "op": "!=", "value": "chat"}})", {}, call).matched);
        const QString text = QStringLiteral("坐席：请问您的订单号？\n坐席：请先核实身份。");
        const char *verifiedFirst = R"({"before": [{"phrases": ["核实"]}, {"phrases": ["订单"]}]})";
        QVERIFY(!check(verifiedFirst, text).matched);
        QVERIFY(check(R"({"before": [{"phrases": ["订单"]}, {"phrases": ["核实"]}]})", text).matched);
        QVERIFY(check(R"({"all": [{"phrases": ["订单"]}, {"not": {"before": [{"phrases": ["核实"]}, {"phrases": ["订单"]}]}}]})", text).matched);
        const RuleHit any = check(R"({"any": [{"phrases": ["核实"]}, {"phrases": ["订单"]}]})", text);
        QCOMPARE(any.text, QStringLiteral("订单")); // the earliest of the matches
        QVERIFY(!check(R"({"all": [{"phrases": ["核实"]}, {"phrases": ["退款"]}]})", text).matched);
    }

    // A rule file with a mistake names where the mistake is; nothing half-read is used.
    void aRuleFileSaysWhatIsWrongAndWhere()
    {
        QCOMPARE(conditionError(R"({"phrase": ["您好"]})"),
                 QStringLiteral("rules[0].when is not a condition: it needs one of all, any, not, before, phrases, pattern, silence, "
                                "firstResponse, longestWait, interruption, metadata, repeatContact."));
        QCOMPARE(conditionError(R"({"any": [{"phrases": ["a"]}, {"phrases": ["b"], "speaker": "boss"}]})"),
                 QStringLiteral("rules[0].when.any[1].speaker must be agent, customer, system or anyone, not \"boss\"."));
        QCOMPARE(conditionError("{\"pattern\": \"(unclosed\"}"),
                 QStringLiteral("rules[0].when.pattern is not a regular expression: missing closing parenthesis (at character 9)."));
        QCOMPARE(conditionError(R"({"phrases": ["a"], "in": {"first": 0}})"),
                 QStringLiteral("rules[0].when.in: the number of turns or seconds must be above 0."));
        QCOMPARE(conditionError(R"({"phrases": ["a"], "pattern": "b"})"),
                 QStringLiteral("rules[0].when has both \"phrases\" and \"pattern\": a condition is one of them (combine them with \"all\" or \"any\")."));
        QCOMPARE(conditionError(R"({"metadata": {"field": "resolved", "op": ">", "value": "yes"}})"),
                 QStringLiteral("rules[0].when.metadata.op must be = or != for resolved."));
        QCOMPARE(conditionError(R"({"silence": {"over": "target"}})"), QStringLiteral("rules[0].when.silence.over must be a number of seconds."));
        QCOMPARE(setError("{\n\"format\": \"servqa-screening-rules\",\n\"rules\": [\n}"), QStringLiteral("Line 4: not JSON: object is missing after a comma."));
        QCOMPARE(setError(R"({"format": "servqa-form", "code": "x"})"), QStringLiteral("Not a ServQA rule set: its \"format\" is not \"servqa-screening-rules\"."));
        QCOMPARE(setError(R"({"format": "servqa-screening-rules", "code": "x", "rules": [
                              {"key": "a", "when": {"phrases": ["x"]}}, {"key": "a", "when": {"phrases": ["y"]}}]})"),
                 QStringLiteral("rules[1].key: \"a\" is the key of an earlier rule too."));
        QCOMPARE(setError(R"({"format": "servqa-screening-rules", "code": "x", "rules": [
                              {"key": "a", "when": {"phrases": ["x"]}, "item": {"key": "greeting", "matched": 1}, "flag": "high"}]})"),
                 QStringLiteral("rules[0]: a rule either answers an item or flags a risk, not both."));
    }

    // A rule about what a speaker said says nothing where that speaker says nothing: a store
    // visit's scenario note is not a conversation without a closing.
    void aRuleAboutASpeakerNeedsThatSpeaker()
    {
        const RuleSet set = builtInRuleSet();
        const Condition &closing = set.find(QStringLiteral("closing"))->when;
        const Condition &escalation = set.find(QStringLiteral("escalation"))->when;
        const Condition &repeat = set.find(QStringLiteral("repeat_contact"))->when;
        const QVector<Turn> note = parseTranscript(QStringLiteral("询问会员积分规则 Ask how the loyalty points work"));
        QVERIFY(!canRead(closing, note));
        QVERIFY(!canRead(closing, {}));
        QVERIFY(canRead(repeat, {})); // the customer's contacts, not the transcript
        const QVector<Turn> agentOnly = parseTranscript(QStringLiteral("坐席：您好，已为您处理。"));
        QVERIFY(canRead(closing, agentOnly));
        QVERIFY(!canRead(escalation, agentOnly));
        QVERIFY(canRead(condition(R"({"phrases": ["refund"]})"), note)); // anyone's words: any text will do
    }

    // The built-in rules read, and a set written to JSON reads back the same.
    void theBuiltInRulesReadAndRoundTrip()
    {
        const RuleSet builtIn = builtInRuleSet();
        QCOMPARE(builtIn.rules.size(), 9);
        QCOMPARE(builtIn.code, QStringLiteral("builtin"));
        QCOMPARE(builtIn.status, RuleSet::Status::Active);
        QVERIFY(!builtIn.channel);
        const ScreeningRule *greeting = builtIn.find(QStringLiteral("greeting"));
        QVERIFY(greeting && greeting->item);
        QCOMPARE(greeting->item->itemKey, QStringLiteral("greeting"));
        QCOMPARE(*greeting->item->whenNotMatched, 0.0);
        QCOMPARE(*builtIn.find(QStringLiteral("escalation"))->flag, RuleSeverity::High);
        const QByteArray json = ruleSetToJson(builtIn);
        const auto again = ruleSetFromJson(json);
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        QCOMPARE(ruleSetToJson(*again), json);
        // Bilingual: the greeting rule finds a greeting in either language.
        ScreeningSubject subject;
        Interaction chat;
        chat.channel = Channel::Chat;
        subject.interaction = &chat;
        for (const char *text : {"坐席：您好，欢迎光临。", "Agent: Hello, thanks for contacting us."}) {
            subject.turns = parseTranscript(QString::fromUtf8(text));
            QVERIFY2(evaluate(greeting->when, subject).matched, text);
        }
        subject.turns = parseTranscript(QStringLiteral("Customer: hello?\nAgent: Yes."));
        QVERIFY(!evaluate(greeting->when, subject).matched);
    }

    // The demo's conversations say what their traits say, in both languages, as the built-in rules
    // read them: so the demo's agreement figures come from the 6 % of wording the rules read the
    // other way, and from nothing else.
    void theDemosConversationsSayWhatTheirTraitsSay()
    {
        const RuleSet set = builtInRuleSet();
        auto matches = [&set](const QString &key, Channel channel, const demo::ConversationTraits &t, std::optional<int> hold, quint64 seed) {
            demo::Random random(seed);
            Interaction i;
            i.channel = channel;
            i.firstResponseSeconds = 12;
            i.holdSeconds = hold;
            ScreeningSubject subject;
            subject.interaction = &i;
            subject.turns = parseTranscript(demo::conversation(channel, t, i.firstResponseSeconds, hold, random));
            return evaluate(set.find(key)->when, subject).matched;
        };
        using T = demo::ConversationTraits;
        int chinese = 0;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            demo::Random probe(seed);
            chinese += probe.chance(0.75) ? 1 : 0;
            for (Channel channel : {Channel::Call, Channel::Chat, Channel::Email}) {
                const T plain;
                QVERIFY(matches(QStringLiteral("greeting"), channel, plain, {}, seed));
                QVERIFY(!matches(QStringLiteral("unverified_account"), channel, plain, {}, seed));
                QVERIFY(!matches(QStringLiteral("forbidden_phrases"), channel, plain, {}, seed));
                QVERIFY(!matches(QStringLiteral("closing"), channel, plain, {}, seed));
                QVERIFY(!matches(QStringLiteral("escalation"), channel, plain, {}, seed));
                T t;
                t.greeting = false;
                QVERIFY(!matches(QStringLiteral("greeting"), channel, t, {}, seed));
                t = {};
                t.greetingOutsideRule = true;
                QVERIFY(!matches(QStringLiteral("greeting"), channel, t, {}, seed));
                t = {};
                t.greetingWithoutName = true;
                QVERIFY(matches(QStringLiteral("greeting"), channel, t, {}, seed));
                t = {};
                t.verify = T::Verify::Unverified;
                QVERIFY(matches(QStringLiteral("unverified_account"), channel, t, {}, seed));
                t.verify = T::Verify::NoAccount;
                QVERIFY(!matches(QStringLiteral("unverified_account"), channel, t, {}, seed));
                t = {};
                t.rude = true;
                QVERIFY(matches(QStringLiteral("forbidden_phrases"), channel, t, {}, seed));
                t.rudeOutsideRule = true;
                QVERIFY(!matches(QStringLiteral("forbidden_phrases"), channel, t, {}, seed));
                t = {};
                t.innocentForbiddenWord = true;
                QVERIFY(matches(QStringLiteral("forbidden_phrases"), channel, t, {}, seed));
                t = {};
                t.escalation = true;
                QVERIFY(matches(QStringLiteral("escalation"), channel, t, {}, seed));
                t = {};
                t.closing = false;
                QVERIFY(matches(QStringLiteral("closing"), channel, t, {}, seed));
            }
            T t;
            QVERIFY(!matches(QStringLiteral("recording_disclosure"), Channel::Call, t, {}, seed));
            QVERIFY(!matches(QStringLiteral("long_silence"), Channel::Call, t, 45, seed));
            QVERIFY(matches(QStringLiteral("long_silence"), Channel::Call, t, 75, seed)); // a hold is a silence
            QVERIFY(!matches(QStringLiteral("interruption"), Channel::Call, t, {}, seed));
            t.interruptions = 2;
            QVERIFY(matches(QStringLiteral("interruption"), Channel::Call, t, {}, seed));
            t = {};
            t.disclosureOutsideRule = true;
            QVERIFY(matches(QStringLiteral("recording_disclosure"), Channel::Call, t, {}, seed));
            t = {};
            t.disclosure = false;
            QVERIFY(matches(QStringLiteral("recording_disclosure"), Channel::Call, t, {}, seed));
        }
        QVERIFY(chinese > 20 && chinese < 40); // both languages were tried
    }

    // A pass stores each interaction screened with what matched and where; a second pass of the
    // same set replaces the first; the workspace's first pass stores the built-in rules.
    void aPassStoresWhatMatchedAndWhere()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(*ensureRuleSets(db));
        QVERIFY(!*ensureRuleSets(db)); // once
        const QVector<RuleSet> sets = *activeRuleSets(db);
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().version, 1);
        for (int pass = 0; pass < 2; ++pass) {
            QVector<qint64> seen;
            ScreeningOptions options;
            options.progress = [&seen](qint64 done, qint64 total) {
                seen << done << total;
                return true;
            };
            const auto summary = screenInteractions(db, sets, options);
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
            QCOMPARE(summary->screened, 12);
            QCOMPARE(seen, (QVector<qint64>{12, 12}));
            const RuleSet &set = sets.first();
            auto hits = [&](const char *key) { return summary->hits.at(0).at(int(set.find(QString::fromLatin1(key)) - set.rules.constData())); };
            QCOMPARE(hits("greeting"), 5);
            QCOMPARE(hits("forbidden_phrases"), 7);
            QCOMPARE(hits("escalation"), 5);
            QCOMPARE(hits("repeat_contact"), 1); // CUST-X called on day 11 and again on day 12
            QCOMPARE(hits("recording_disclosure"), 12);
            QCOMPARE(summary->outcomes.at(0).size(), 10); // evaluated (submitted) ones
        }
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 12);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'greeting'")).toInt(), 5);
        // Where: call 5's forbidden phrase is 不知道, at the start of the agent's second turn.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT turn, span_start, span_length, matched_text FROM screening_hits "
                                      "WHERE rule_key = 'forbidden_phrases' AND interaction_id = %1").arg(f.calls.at(5))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 19);
        QCOMPARE(q.value(2).toInt(), 3);
        QCOMPARE(q.value(3).toString(), QStringLiteral("不知道"));
        // Risk: the highest flag — escalation (high = 3) on calls 0–4, repeat contact (medium) on 11.
        QCOMPARE(one(db, QStringLiteral("SELECT risk FROM screened_interactions WHERE interaction_id = %1").arg(f.calls.at(0))).toInt(), 3);
        QCOMPARE(one(db, QStringLiteral("SELECT risk FROM screened_interactions WHERE interaction_id = %1").arg(f.calls.at(11))).toInt(), 2);
        QCOMPARE(one(db, QStringLiteral("SELECT risk FROM screened_interactions WHERE interaction_id = %1").arg(f.calls.at(6))).toInt(), 1);

        // A period screens only its interactions; the rest keep their results.
        ScreeningOptions march3;
        march3.from = QDateTime(QDate(2025, 3, 3), QTime(0, 0)).toSecsSinceEpoch();
        march3.to = QDateTime(QDate(2025, 3, 4), QTime(0, 0)).toSecsSinceEpoch();
        QCOMPARE(screenInteractions(db, sets, march3)->screened, 1);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 12);

        // A new active version retires the old one.
        RuleSet edited = sets.first();
        edited.rules.removeLast();
        const auto saved = saveRuleSet(db, edited);
        QVERIFY(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(activeRuleSets(db)->size(), 1);
        QCOMPARE(activeRuleSets(db)->first().version, 2);
        QCOMPARE(ruleSets(db)->size(), 2);
        QCOMPARE(ruleSet(db, sets.first().id)->status, RuleSet::Status::Retired);
    }

    // A pass reads, evaluates and writes a few thousand interactions at a time, the next ones
    // evaluated on another core while the last are written: every interaction counted and stored
    // once, in order, and a pass stopped after its first few thousand keeps exactly those.
    void aPassOfSeveralChunksCountsAndStoresEachInteractionOnce()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(*ensureRuleSets(db));
        const QVector<RuleSet> sets = *activeRuleSets(db);
        const RuleSet &set = sets.first();
        const int forbidden = int(set.find(QStringLiteral("forbidden_phrases")) - set.rules.constData());
        // 5,000 more calls (5,012 with the fixture's twelve: three chunks), every third one rude.
        {
            TransactionGuard transaction(db.connection());
            InteractionRepository repo(db);
            for (int k = 0; k < 5000; ++k) {
                Interaction i;
                i.externalId = QStringLiteral("M%1").arg(k);
                i.siteId = f.siteId;
                i.staffId = f.agentId;
                i.customerRef = QStringLiteral("M-%1").arg(k);
                i.startedAt = QDateTime(QDate(2025, 4, 1), QTime(9, 0)).addSecs(60 * k);
                i.transcript = k % 3 == 0 ? QStringLiteral("坐席：您好，本次通话将被录音。\n客户：我的订单呢？\n坐席：不知道，你自己看。")
                                          : QStringLiteral("坐席：您好，本次通话将被录音。\n客户：我的订单呢？\n坐席：明天送达。");
                QVERIFY(repo.upsert(i));
            }
            QVERIFY(transaction.commit());
        }
        // Stopped at its first report: the first 2,000 stored and counted, not the chunk that was
        // being evaluated meanwhile.
        ScreeningOptions stopped;
        QVector<qint64> seen;
        stopped.progress = [&seen](qint64 done, qint64 total) {
            seen << done << total;
            return false;
        };
        const auto first = screenInteractions(db, sets, stopped);
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        QVERIFY(first->cancelled);
        QCOMPARE(seen, (QVector<qint64>{2000, 5012}));
        QCOMPARE(first->screened, 2000);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 2000);
        // The fixture's calls 5–11 and M0, M3, … M1986 (663) among the first 2,000 ids.
        QCOMPARE(first->hits.at(0).at(forbidden), 7 + 663);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'forbidden_phrases'")).toInt(), 7 + 663);

        // The whole pass: each report after its chunk is written, the sums in order.
        ScreeningOptions whole;
        seen.clear();
        whole.progress = [&seen](qint64 done, qint64 total) {
            seen << done << total;
            return true;
        };
        const auto all = screenInteractions(db, sets, whole);
        QVERIFY2(all, qPrintable(all ? QString() : all.error()));
        QVERIFY(!all->cancelled);
        QCOMPARE(seen, (QVector<qint64>{2000, 5012, 4000, 5012, 5012, 5012}));
        QCOMPARE(all->screened, 5012);
        QCOMPARE(all->screenedBy.at(0), 5012);
        QCOMPARE(all->hits.at(0).at(forbidden), 7 + 1667);
        QCOMPARE(all->outcomes.at(0).size(), 10); // the fixture's evaluated calls
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 5012);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(DISTINCT interaction_id) FROM screened_interactions")).toInt(), 5012);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'forbidden_phrases'")).toInt(), 7 + 1667);
    }

    // The figures against the inspectors, checked against a count by hand of the fixture:
    // TP 4, FP 1, FN 2, TN 3 → precision 4/5, recall 4/6, agreement 7/10; κ = (0.7 − 0.5) / 0.5 = 0.4
    // (p_e = 0.5·0.6 + 0.5·0.4); AC1 = (0.7 − 0.495) / 0.505 (π_yes = (0.5 + 0.6) / 2,
    // p_e = 2 · 0.55 · 0.45).
    void theAgreementWithInspectorsIsCounted()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        const RuleSet set = builtInRuleSet();
        ScreeningOptions dryRun;
        dryRun.store = false;
        const auto summary = screenInteractions(db, {set}, dryRun);
        QVERIFY(summary);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 0); // a dry run writes nothing
        const auto agreement = ruleAgreement(db, set, summary->outcomes.at(0));
        QVERIFY2(agreement, qPrintable(agreement ? QString() : agreement.error()));
        QCOMPARE(agreement->size(), 4); // the rules that answer an item
        const RuleAgreement &g = agreement->at(0);
        QCOMPARE(g.ruleKey, QStringLiteral("greeting"));
        QCOMPARE(g.truePositive, 4);
        QCOMPARE(g.falsePositive, 1);
        QCOMPARE(g.falseNegative, 2);
        QCOMPARE(g.trueNegative, 3);
        QCOMPARE(*g.precision, 0.8);
        QCOMPARE(*g.recall, 4.0 / 6.0);
        QCOMPARE(*g.percent, 0.7);
        QVERIFY(qAbs(*g.kappa.value - 0.4) < 1e-12);
        QVERIFY(qAbs(*g.ac1.value - 0.205 / 0.505) < 1e-12);
        QCOMPARE(g.disagreements.size(), 3);
        QCOMPARE(g.disagreements.first().interactionId, f.calls.at(6)); // newest first
        QCOMPARE(g.byMonth.size(), 1);
        QCOMPARE(g.byMonth.first().month, QStringLiteral("2025-03"));
        QCOMPARE(g.byMonth.first().agreed, 7);
        // Forbidden phrases: matched → "no". Calls 5–8 said no and matched (TP 4); call 9 is N/A;
        // calls 0–4 said yes and did not match (TN 5).
        const RuleAgreement &rude = agreement->at(2);
        QCOMPARE(rude.ruleKey, QStringLiteral("forbidden_phrases"));
        QCOMPARE(rude.truePositive, 4);
        QCOMPARE(rude.trueNegative, 5);
        QCOMPARE(rude.notApplicable, 1);
        QCOMPARE(*rude.kappa.value, 1.0);
        // The same from a stored pass.
        const RuleSet stored = *saveRuleSet(db, set);
        QVERIFY(screenInteractions(db, {stored}, {}));
        const auto fromStore = ruleAgreement(db, stored, *storedOutcomes(db, stored));
        QCOMPARE(fromStore->at(0).truePositive, 4);
        QCOMPARE(fromStore->at(0).falseNegative, 2);
    }

    // A rule that answers an item pre-fills it for the inspector, who confirms it or changes it
    // with a reason; the change is audited with the rule's name. What a rule answered comes from
    // the workspace's screening, never from the client.
    void aRuleAnswersAnItemTheInspectorMayOverride()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(screenWorkspace(db));
        // Call 0: the agent greets (rule: yes), says nothing forbidden (yes). Call 5: no greeting
        // (no), 不知道 (no).
        const auto zero = *interactionScreening(db, f.calls.at(0));
        QVERIFY(zero.screened);
        QCOMPARE(zero.risk, 3);
        const RuleAnswers byRules = ruleAnswers(f.form, zero);
        QCOMPARE(byRules.answers.size(), 2); // greeting and no_rudeness: the form has no verify or disclosure
        QCOMPARE(*byRules.answers.value(QStringLiteral("greeting")).measured, 1.0);
        QCOMPARE(byRules.answers.value(QStringLiteral("greeting")).measuredBy, QStringLiteral("rule:greeting"));
        QCOMPARE(byRules.notes.value(QStringLiteral("greeting")), QStringLiteral("开场问候 Greeting at the start — matched «您好»"));
        QCOMPARE(*byRules.answers.value(QStringLiteral("no_rudeness")).measured, 1.0);
        QCOMPARE(byRules.notes.value(QStringLiteral("no_rudeness")), QStringLiteral("红线话术 Forbidden phrases — not found"));
        const RuleAnswers five = ruleAnswers(f.form, *interactionScreening(db, f.calls.at(5)));
        QCOMPARE(*five.answers.value(QStringLiteral("greeting")).measured, 0.0);
        QCOMPARE(five.notes.value(QStringLiteral("no_rudeness")), QStringLiteral("红线话术 Forbidden phrases — matched «不知道»"));

        // Call 11 has no evaluation yet: the inspector overrides the greeting rule.
        EvaluationWorkflow workflow(db, f.inspector);
        Answers answers = ruleAnswers(f.form, *interactionScreening(db, f.calls.at(11))).answers;
        answers[QStringLiteral("greeting")].value = 1; // "喂？" was friendly enough, says the inspector
        answers[QStringLiteral("no_rudeness")].measuredBy = QStringLiteral("rule:made-up"); // a client's claim
        const auto id = workflow.createDraft(f.calls.at(11), f.form.versionId, answers, QString());
        QVERIFY(id);
        const Evaluation stored = *EvaluationRepository(db).load(*id, f.form);
        QCOMPARE(stored.answers.value(QStringLiteral("greeting")).measuredBy, QStringLiteral("rule:greeting"));
        QCOMPARE(*stored.answers.value(QStringLiteral("greeting")).measured, 0.0);
        QCOMPARE(stored.answers.value(QStringLiteral("no_rudeness")).measuredBy, QStringLiteral("rule:forbidden_phrases"));
        const auto refused = workflow.submit(*id);
        QVERIFY(!refused);
        answers[QStringLiteral("greeting")].comment = QStringLiteral("a friendly 喂 is a greeting here");
        QVERIFY(workflow.saveDraft(*id, answers, QString()));
        QVERIFY(workflow.submit(*id));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, field, old_value, new_value, note FROM audit_log WHERE entity = 'evaluation' "
                                      "AND entity_id = %1 AND action = 'rule_overridden'").arg(*id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("greeting"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("greeting: a friendly 喂 is a greeting here"));
        QVERIFY(!q.next()); // the rule's other answer was kept: nothing to audit
    }

#ifdef SERVQA_CLI
    void theCommandPrintsHitsAndAgreement()
    {
        if (test::onServer())
            return; // the command on a server: tst_server
        test::ScreeningFixture f;
        const QString path = f.ws.path;
        f.ws.db.reset();
        const auto run = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), path, QStringLiteral("--dry-run"),
                                    QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-10")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value("screened").toInt(), 10);
        const QJsonObject greeting = o.value("ruleSets").toArray().at(0).toObject().value("rules").toArray().at(0).toObject();
        QCOMPARE(greeting.value("key").toString(), QStringLiteral("greeting"));
        QCOMPARE(greeting.value("hits").toInt(), 5);
        QCOMPARE(greeting.value("hitRate").toDouble(), 0.5);
        QCOMPARE(greeting.value("agreement").toObject().value("percentAgreement").toDouble(), 0.7);
        {
            auto db = std::move(*Database::openSqlite(path));
            QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screening_rule_sets")).toInt(), 0);
        }

        QTemporaryDir dir;
        const QString rules = dir.filePath(QStringLiteral("rules.json"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "servqa-screening-rules", "code": "mine", "status": "active", "rules": [
                       {"key": "rude", "when": {"phrases": ["不知道"], "speaker": "boss"}}]})");
        file.close();
        const auto bad = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), path, QStringLiteral("--rules"), rules});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(QString::fromUtf8(bad.err).trimmed(),
                 QStringLiteral("%1: rules[0].when.speaker must be agent, customer, system or anyone, not \"boss\".").arg(rules));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"format": "servqa-screening-rules", "code": "mine", "status": "active", "rules": [
                       {"key": "rude", "when": {"phrases": ["不知道"], "speaker": "agent"}, "flag": "high"}]})");
        file.close();
        const auto mine = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), path, QStringLiteral("--rules"), rules});
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        QCOMPARE(QJsonDocument::fromJson(mine.out).object().value("ruleSets").toArray().at(0).toObject().value("rules").toArray().at(0)
                     .toObject().value("hits").toInt(),
                 7);
        const QString exported = dir.filePath(QStringLiteral("out.json"));
        const auto out = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), path, QStringLiteral("--export-rules"), exported,
                                    QStringLiteral("--code"), QStringLiteral("mine")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const auto back = ruleSetFromJson(written.readAll());
        QVERIFY(back);
        QCOMPARE(back->version, 1);
        QCOMPARE(back->rules.first().key, QStringLiteral("rude"));
        auto db = std::move(*Database::openSqlite(path));
        QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screening_hits")).toInt(), 7);
    }

    // Every interaction is screened as it comes in: an import screens what it brought (a
    // re-import too, since its text may have changed), unless told not to.
    void anImportScreensWhatItBrought()
    {
        if (test::onServer())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.servqa"));
        for (const char *kind : {"sites", "staff"}) {
            const auto run = test::cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--create"), QStringLiteral("--kind"),
                                        QString::fromLatin1(kind), test::dataPath(QStringLiteral("import/%1.csv").arg(QString::fromLatin1(kind)))});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const QString csv = dir.filePath(QStringLiteral("calls.csv"));
        auto write = [&csv](const QByteArray &text) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write("external_id,channel,site_code,started_at,customer_ref,transcript\n"
              "S-1,chat,CC-SH-T1,2025-03-05 10:00,C1,\"坐席：您好！\n客户：我要投诉。\"\n"
              "S-2,chat,CC-SH-T1,2025-03-05 11:00,C2,\"坐席：说。\n客户：好的。\"\n"
              "S-3,call,CC-SH-T1,2025-03-05 12:00,C3,\n");
        const auto skipped = test::cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("interactions"),
                                        QStringLiteral("--no-screen"), csv});
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY(!skipped.out.contains("Screened"));
        {
            auto db = std::move(*Database::openSqlite(path));
            QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 0);
        }
        const auto run = test::cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("interactions"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // S-1 and S-2 lack a closing (low); S-1's customer complains (high). S-3 has no transcript:
        // no rule that reads one says anything about it (not even "no recording disclosure").
        QVERIFY2(run.out.contains("Screened 3 interactions in "), run.out.constData());
        QVERIFY2(run.out.contains(" s: 2 flagged as a risk."), run.out.constData());
        {
            auto db = std::move(*Database::openSqlite(path));
            QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 3);
            QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'escalation'")).toInt(), 1);
            QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screening_hits h JOIN interactions i ON i.id = h.interaction_id "
                                             "WHERE i.external_id = 'S-3'")).toInt(),
                     0);
        }
        // S-2's text changes to a complaint: the re-import screens it again.
        write("external_id,channel,site_code,started_at,customer_ref,transcript\n"
              "S-2,chat,CC-SH-T1,2025-03-05 11:00,C2,\"坐席：说。\n客户：我要打12315。\"\n");
        QCOMPARE(test::cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("interactions"), csv})
                     .exitCode,
                 0);
        auto db = std::move(*Database::openSqlite(path));
        QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'escalation'")).toInt(), 2);
        QCOMPARE(one(*db, QStringLiteral("SELECT COUNT(*) FROM screened_interactions")).toInt(), 3);
    }
#endif
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
