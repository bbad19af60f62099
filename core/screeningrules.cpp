// Screening rules: their model, their JSON file (docs/formats.md, "Screening rules") and the
// rules ServQA starts with.
#include "screeningrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningRules)
};

const QString FormatName = QStringLiteral("servqa-screening-rules");

QString partKey(RuleScope::Part part)
{
    switch (part) {
    case RuleScope::Part::FirstTurns:
    case RuleScope::Part::FirstSeconds: return QStringLiteral("first");
    case RuleScope::Part::LastTurns:
    case RuleScope::Part::LastSeconds: return QStringLiteral("last");
    case RuleScope::Part::Anywhere: break;
    }
    return {};
}

bool numericField(const QString &field)
{
    return field == QLatin1String("duration") || field == QLatin1String("first_response") || field == QLatin1String("hold");
}

const QStringList &metadataFields()
{
    static const QStringList fields{QStringLiteral("duration"), QStringLiteral("first_response"), QStringLiteral("hold"),
                                    QStringLiteral("resolved"), QStringLiteral("channel"), QStringLiteral("site")};
    return fields;
}

const QStringList &operators()
{
    static const QStringList ops{QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
                                 QStringLiteral("<"), QStringLiteral("<=")};
    return ops;
}

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Error{Text::tr("%1: unknown field \"%2\".").arg(where, it.key())};
    }
    return success();
}

Result<int> positiveInt(const QJsonValue &v, const QString &where, int fallback)
{
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt()))
        return Error{Text::tr("%1 must be a whole number of at least 1.").arg(where)};
    return v.toInt();
}

// "over": a number of seconds, or "target" for the channel's response target.
Result<std::optional<double>> overSeconds(const QJsonObject &o, const QString &where)
{
    const QJsonValue v = o.value(QStringLiteral("over"));
    if (v.isUndefined() || v.toString() == QLatin1String("target"))
        return std::optional<double>();
    if (!v.isDouble() || v.toDouble() < 0)
        return Error{Text::tr("%1.over must be a number of seconds or \"target\".").arg(where)};
    return std::optional<double>(v.toDouble());
}

Status readScope(const QJsonObject &o, const QString &where, RuleScope &scope)
{
    if (o.contains(QStringLiteral("speaker"))) {
        const QString key = o.value(QStringLiteral("speaker")).toString();
        if (key != QLatin1String("anyone")) {
            const auto speaker = speakerFromKey(key);
            if (!speaker)
                return Error{Text::tr("%1.speaker must be agent, customer, system or anyone, not \"%2\".").arg(where, key)};
            scope.speaker = speaker;
        }
    }
    if (!o.contains(QStringLiteral("in")))
        return success();
    const QString in = where + QStringLiteral(".in");
    const QJsonObject part = o.value(QStringLiteral("in")).toObject();
    if (const Status s = onlyKeys(part, {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("unit")}, in); !s)
        return s;
    const bool first = part.contains(QStringLiteral("first"));
    if (first == part.contains(QStringLiteral("last")))
        return Error{Text::tr("%1 needs one of \"first\" or \"last\".").arg(in)};
    const QJsonValue n = part.value(first ? QStringLiteral("first") : QStringLiteral("last"));
    if (!n.isDouble() || n.toDouble() <= 0)
        return Error{Text::tr("%1: the number of turns or seconds must be above 0.").arg(in)};
    const QString unit = part.value(QStringLiteral("unit")).toString(QStringLiteral("turns"));
    if (unit != QLatin1String("turns") && unit != QLatin1String("seconds"))
        return Error{Text::tr("%1.unit must be turns or seconds, not \"%2\".").arg(in, unit)};
    const bool seconds = unit == QLatin1String("seconds");
    scope.part = first ? (seconds ? RuleScope::Part::FirstSeconds : RuleScope::Part::FirstTurns)
                       : (seconds ? RuleScope::Part::LastSeconds : RuleScope::Part::LastTurns);
    scope.n = n.toDouble();
    return success();
}

Result<QVector<Condition>> children(const QJsonValue &v, const QString &where)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return Error{Text::tr("%1 must be a list of at least one condition.").arg(where)};
    QVector<Condition> list;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!a.at(i).isObject())
            return Error{Text::tr("%1 must be a condition (an object).").arg(at)};
        auto c = conditionFromJson(a.at(i).toObject(), at);
        if (!c)
            return Error{c.error()};
        list.append(*c);
    }
    return list;
}

} // namespace

QString ruleSeverityKey(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Low: return QStringLiteral("low");
    case RuleSeverity::Medium: return QStringLiteral("medium");
    case RuleSeverity::High: return QStringLiteral("high");
    case RuleSeverity::Critical: return QStringLiteral("critical");
    }
    return {};
}

std::optional<RuleSeverity> ruleSeverityFromKey(const QString &key)
{
    for (RuleSeverity s : {RuleSeverity::Low, RuleSeverity::Medium, RuleSeverity::High, RuleSeverity::Critical}) {
        if (key == ruleSeverityKey(s))
            return s;
    }
    return std::nullopt;
}

QString ruleSeverityName(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Low: return Text::tr("Low");
    case RuleSeverity::Medium: return Text::tr("Medium");
    case RuleSeverity::High: return Text::tr("High");
    case RuleSeverity::Critical: return Text::tr("Critical");
    }
    return {};
}

QString ruleSetStatusKey(RuleSet::Status status)
{
    switch (status) {
    case RuleSet::Status::Draft: return QStringLiteral("draft");
    case RuleSet::Status::Active: return QStringLiteral("active");
    case RuleSet::Status::Retired: return QStringLiteral("retired");
    }
    return {};
}

const ScreeningRule *RuleSet::find(const QString &key) const
{
    for (const ScreeningRule &r : rules) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

Result<Condition> conditionFromJson(const QJsonObject &o, const QString &where)
{
    static const QStringList kinds{QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("not"), QStringLiteral("before"), QStringLiteral("phrases"),
                                   QStringLiteral("pattern"), QStringLiteral("silence"), QStringLiteral("firstResponse"),
                                   QStringLiteral("longestWait"), QStringLiteral("interruption"), QStringLiteral("metadata"),
                                   QStringLiteral("repeatContact")};
    QString kind;
    for (const QString &k : kinds) {
        if (!o.contains(k))
            continue;
        if (!kind.isEmpty())
            return Error{Text::tr("%1 has both \"%2\" and \"%3\": a condition is one of them (combine them with \"all\" or \"any\").")
                             .arg(where, kind, k)};
        kind = k;
    }
    if (kind.isEmpty())
        return Error{Text::tr("%1 is not a condition: it needs one of %2.").arg(where, kinds.join(QStringLiteral(", ")))};
    Condition c;
    const QString at = where + QLatin1Char('.') + kind;
    if (kind == QLatin1String("all") || kind == QLatin1String("any") || kind == QLatin1String("before")) {
        c.kind = kind == QLatin1String("all") ? Condition::Kind::All : kind == QLatin1String("any") ? Condition::Kind::Any : Condition::Kind::Before;
        if (const Status s = onlyKeys(o, {kind}, where); !s)
            return Error{s.error()};
        auto list = children(o.value(kind), at);
        if (!list)
            return Error{list.error()};
        if (c.kind == Condition::Kind::Before && list->size() != 2)
            return Error{Text::tr("%1 must be a list of two conditions: the one that comes first, then the other.").arg(at)};
        c.children = *list;
        return c;
    }
    if (kind == QLatin1String("not")) {
        c.kind = Condition::Kind::Not;
        if (const Status s = onlyKeys(o, {kind}, where); !s)
            return Error{s.error()};
        if (!o.value(kind).isObject())
            return Error{Text::tr("%1 must be a condition (an object).").arg(at)};
        auto child = conditionFromJson(o.value(kind).toObject(), at);
        if (!child)
            return Error{child.error()};
        c.children = {*child};
        return c;
    }
    if (kind == QLatin1String("phrases") || kind == QLatin1String("pattern")) {
        QStringList allowed{kind, QStringLiteral("speaker"), QStringLiteral("in"), QStringLiteral("atLeast")};
        if (kind == QLatin1String("phrases"))
            allowed << QStringLiteral("match");
        if (const Status s = onlyKeys(o, allowed, where); !s)
            return Error{s.error()};
        if (kind == QLatin1String("phrases")) {
            c.kind = Condition::Kind::Phrases;
            for (const QJsonValue &p : o.value(kind).toArray()) {
                const QString phrase = p.toString().trimmed();
                if (!phrase.isEmpty())
                    c.phrases.append(phrase);
            }
            if (c.phrases.isEmpty())
                return Error{Text::tr("%1 must be a list of at least one phrase.").arg(at)};
            const QString match = o.value(QStringLiteral("match")).toString(QStringLiteral("any"));
            if (match != QLatin1String("any") && match != QLatin1String("all"))
                return Error{Text::tr("%1.match must be any or all, not \"%2\".").arg(where, match)};
            c.allOf = match == QLatin1String("all");
        } else {
            c.kind = Condition::Kind::Pattern;
            c.pattern = o.value(kind).toString();
            const QRegularExpression re(c.pattern);
            if (c.pattern.isEmpty() || !re.isValid())
                return Error{Text::tr("%1 is not a regular expression: %2 (at character %3).")
                                 .arg(at, c.pattern.isEmpty() ? Text::tr("empty") : re.errorString())
                                 .arg(re.patternErrorOffset())};
        }
        if (const Status s = readScope(o, where, c.scope); !s)
            return Error{s.error()};
        auto atLeast = positiveInt(o.value(QStringLiteral("atLeast")), where + QStringLiteral(".atLeast"), 1);
        if (!atLeast)
            return Error{atLeast.error()};
        c.atLeast = *atLeast;
        return c;
    }
    if (const Status s = onlyKeys(o, {kind}, where); !s)
        return Error{s.error()};
    const QJsonObject args = o.value(kind).toObject();
    if (!o.value(kind).isObject())
        return Error{Text::tr("%1 must be an object.").arg(at)};
    if (kind == QLatin1String("silence") || kind == QLatin1String("firstResponse") || kind == QLatin1String("longestWait")) {
        c.kind = kind == QLatin1String("silence")         ? Condition::Kind::Silence
                 : kind == QLatin1String("firstResponse") ? Condition::Kind::FirstResponse
                                                          : Condition::Kind::LongestWait;
        if (const Status s = onlyKeys(args, {QStringLiteral("over")}, at); !s)
            return Error{s.error()};
        auto over = overSeconds(args, at);
        if (!over)
            return Error{over.error()};
        if (c.kind == Condition::Kind::Silence && !*over)
            return Error{Text::tr("%1.over must be a number of seconds.").arg(at)};
        c.overSeconds = *over;
        return c;
    }
    if (kind == QLatin1String("interruption")) {
        c.kind = Condition::Kind::Interruption;
        if (const Status s = onlyKeys(args, {QStringLiteral("atLeast")}, at); !s)
            return Error{s.error()};
        auto atLeast = positiveInt(args.value(QStringLiteral("atLeast")), at + QStringLiteral(".atLeast"), 1);
        if (!atLeast)
            return Error{atLeast.error()};
        c.atLeast = *atLeast;
        return c;
    }
    if (kind == QLatin1String("repeatContact")) {
        c.kind = Condition::Kind::RepeatContact;
        if (const Status s = onlyKeys(args, {QStringLiteral("withinDays"), QStringLiteral("atLeast")}, at); !s)
            return Error{s.error()};
        auto days = positiveInt(args.value(QStringLiteral("withinDays")), at + QStringLiteral(".withinDays"), 7);
        auto atLeast = positiveInt(args.value(QStringLiteral("atLeast")), at + QStringLiteral(".atLeast"), 1);
        if (!days)
            return Error{days.error()};
        if (!atLeast)
            return Error{atLeast.error()};
        c.withinDays = *days;
        c.atLeast = *atLeast;
        return c;
    }
    c.kind = Condition::Kind::Metadata;
    if (const Status s = onlyKeys(args, {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value")}, at); !s)
        return Error{s.error()};
    c.field = args.value(QStringLiteral("field")).toString();
    c.op = args.value(QStringLiteral("op")).toString(QStringLiteral("="));
    if (!metadataFields().contains(c.field))
        return Error{Text::tr("%1.field must be one of %2, not \"%3\".").arg(at, metadataFields().join(QStringLiteral(", ")), c.field)};
    if (!operators().contains(c.op))
        return Error{Text::tr("%1.op must be one of %2, not \"%3\".").arg(at, operators().join(QLatin1Char(' ')), c.op)};
    const QJsonValue value = args.value(QStringLiteral("value"));
    if (numericField(c.field)) {
        if (!value.isDouble())
            return Error{Text::tr("%1.value must be a number of seconds.").arg(at)};
        c.value = QString::number(value.toDouble());
    } else {
        if (c.op != QLatin1String("=") && c.op != QLatin1String("!="))
            return Error{Text::tr("%1.op must be = or != for %2.").arg(at, c.field)};
        c.value = value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : value.toString();
        if (c.field == QLatin1String("resolved") && c.value != QLatin1String("yes") && c.value != QLatin1String("no"))
            return Error{Text::tr("%1.value must be yes or no.").arg(at)};
        if (c.field == QLatin1String("channel") && !channelFromKey(c.value))
            return Error{Text::tr("%1.value must be a channel: call, chat, email, visit or social.").arg(at)};
        if (c.value.isEmpty())
            return Error{Text::tr("%1.value is empty.").arg(at)};
    }
    return c;
}

QJsonObject conditionToJson(const Condition &c)
{
    auto scoped = [&c](QJsonObject o) {
        if (c.scope.speaker)
            o.insert(QStringLiteral("speaker"), speakerKey(*c.scope.speaker));
        if (c.scope.part != RuleScope::Part::Anywhere) {
            const bool seconds = c.scope.part == RuleScope::Part::FirstSeconds || c.scope.part == RuleScope::Part::LastSeconds;
            o.insert(QStringLiteral("in"), QJsonObject{{partKey(c.scope.part), c.scope.n},
                                                       {QStringLiteral("unit"), seconds ? QStringLiteral("seconds") : QStringLiteral("turns")}});
        }
        if (c.atLeast != 1)
            o.insert(QStringLiteral("atLeast"), c.atLeast);
        return o;
    };
    auto over = [&c] {
        return c.overSeconds ? QJsonObject{{QStringLiteral("over"), *c.overSeconds}}
                             : QJsonObject{{QStringLiteral("over"), QStringLiteral("target")}};
    };
    QJsonArray list;
    for (const Condition &child : c.children)
        list.append(conditionToJson(child));
    switch (c.kind) {
    case Condition::Kind::All: return {{QStringLiteral("all"), list}};
    case Condition::Kind::Any: return {{QStringLiteral("any"), list}};
    case Condition::Kind::Before: return {{QStringLiteral("before"), list}};
    case Condition::Kind::Not: return {{QStringLiteral("not"), list.isEmpty() ? QJsonObject() : list.first().toObject()}};
    case Condition::Kind::Phrases: {
        QJsonObject o{{QStringLiteral("phrases"), QJsonArray::fromStringList(c.phrases)}};
        if (c.allOf)
            o.insert(QStringLiteral("match"), QStringLiteral("all"));
        return scoped(o);
    }
    case Condition::Kind::Pattern: return scoped({{QStringLiteral("pattern"), c.pattern}});
    case Condition::Kind::Silence: return {{QStringLiteral("silence"), over()}};
    case Condition::Kind::FirstResponse: return {{QStringLiteral("firstResponse"), over()}};
    case Condition::Kind::LongestWait: return {{QStringLiteral("longestWait"), over()}};
    case Condition::Kind::Interruption:
        return {{QStringLiteral("interruption"), QJsonObject{{QStringLiteral("atLeast"), c.atLeast}}}};
    case Condition::Kind::RepeatContact:
        return {{QStringLiteral("repeatContact"),
                 QJsonObject{{QStringLiteral("withinDays"), c.withinDays}, {QStringLiteral("atLeast"), c.atLeast}}}};
    case Condition::Kind::Metadata: {
        QJsonObject args{{QStringLiteral("field"), c.field}, {QStringLiteral("op"), c.op}};
        args.insert(QStringLiteral("value"), numericField(c.field) ? QJsonValue(c.value.toDouble()) : QJsonValue(c.value));
        return {{QStringLiteral("metadata"), args}};
    }
    }
    return {};
}

Result<RuleSet> readRuleSetFile(const QString &path)
{
    constexpr qint64 LargestRulesFile = 1024 * 1024;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(path, f.errorString())};
    if (f.size() > LargestRulesFile)
        return Error{Text::tr("%1 is %2 bytes; a rule set file is at most 1 MB.").arg(path).arg(f.size())};
    auto set = ruleSetFromJson(f.read(LargestRulesFile + 1));
    if (!set)
        return Error{QStringLiteral("%1: %2").arg(path, set.error())};
    return set;
}

Result<RuleSet> ruleSetFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error{Text::tr("Line %1: not JSON: %2.").arg(line).arg(parseError.errorString())};
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != FormatName)
        return Error{Text::tr("Not a ServQA rule set: its \"format\" is not \"%1\".").arg(FormatName)};
    if (const Status s = onlyKeys(o, {QStringLiteral("format"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("channel"),
                                      QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("rules")},
                                  QStringLiteral("(top)"));
        !s)
        return Error{s.error()};
    RuleSet set;
    set.code = o.value(QStringLiteral("code")).toString().trimmed();
    set.name = o.value(QStringLiteral("name")).toString().trimmed();
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    if (!keyPattern.match(set.code).hasMatch())
        return Error{Text::tr("code: \"%1\" is not a code (1–40 of a–z, 0–9, - and _).").arg(set.code)};
    if (set.name.isEmpty())
        set.name = set.code;
    const QJsonValue channel = o.value(QStringLiteral("channel"));
    if (!channel.isUndefined() && !channel.isNull() && channel.toString() != QLatin1String("all")) {
        set.channel = channelFromKey(channel.toString());
        if (!set.channel)
            return Error{Text::tr("channel must be call, chat, email, visit, social or all, not \"%1\".").arg(channel.toString())};
    }
    if (o.contains(QStringLiteral("version"))) {
        auto version = positiveInt(o.value(QStringLiteral("version")), QStringLiteral("version"), 1);
        if (!version)
            return Error{version.error()};
        set.version = *version;
    }
    const QString status = o.value(QStringLiteral("status")).toString(QStringLiteral("draft"));
    if (status == QLatin1String("active"))
        set.status = RuleSet::Status::Active;
    else if (status == QLatin1String("retired"))
        set.status = RuleSet::Status::Retired;
    else if (status != QLatin1String("draft"))
        return Error{Text::tr("status must be draft, active or retired, not \"%1\".").arg(status)};
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return Error{Text::tr("rules: a rule set needs at least one rule.")};
    if (rules.size() > 64)
        return Error{Text::tr("rules: a rule set holds at most 64 rules; this one has %1.").arg(rules.size())};
    QSet<QString> keys;
    for (int i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject r = rules.at(i).toObject();
        if (const Status s = onlyKeys(r, {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("enabled"),
                                          QStringLiteral("when"), QStringLiteral("item"), QStringLiteral("flag")},
                                      where);
            !s)
            return Error{s.error()};
        ScreeningRule rule;
        rule.key = r.value(QStringLiteral("key")).toString();
        if (!keyPattern.match(rule.key).hasMatch())
            return Error{Text::tr("%1.key: \"%2\" is not a key (1–40 of a–z, 0–9, - and _).").arg(where, rule.key)};
        if (keys.contains(rule.key))
            return Error{Text::tr("%1.key: \"%2\" is the key of an earlier rule too.").arg(where, rule.key)};
        keys.insert(rule.key);
        rule.name = r.value(QStringLiteral("name")).toString().trimmed();
        if (rule.name.isEmpty())
            rule.name = rule.key;
        rule.description = r.value(QStringLiteral("description")).toString();
        rule.enabled = r.value(QStringLiteral("enabled")).toBool(true);
        if (!r.value(QStringLiteral("when")).isObject())
            return Error{Text::tr("%1.when: a rule needs a condition.").arg(where)};
        auto when = conditionFromJson(r.value(QStringLiteral("when")).toObject(), where + QStringLiteral(".when"));
        if (!when)
            return Error{when.error()};
        rule.when = *when;
        if (r.contains(QStringLiteral("item")) && r.contains(QStringLiteral("flag")))
            return Error{Text::tr("%1: a rule either answers an item or flags a risk, not both.").arg(where)};
        if (r.contains(QStringLiteral("item"))) {
            const QJsonObject item = r.value(QStringLiteral("item")).toObject();
            if (const Status s = onlyKeys(item, {QStringLiteral("key"), QStringLiteral("matched"), QStringLiteral("notMatched")},
                                          where + QStringLiteral(".item"));
                !s)
                return Error{s.error()};
            RuleItem ri;
            ri.itemKey = item.value(QStringLiteral("key")).toString();
            if (ri.itemKey.isEmpty())
                return Error{Text::tr("%1.item.key: the scorecard item's key is missing.").arg(where)};
            if (!item.value(QStringLiteral("matched")).isDouble())
                return Error{Text::tr("%1.item.matched: the answer when the rule matches must be a number (yes = 1, no = 0).").arg(where)};
            ri.whenMatched = item.value(QStringLiteral("matched")).toDouble();
            if (item.contains(QStringLiteral("notMatched"))) {
                if (!item.value(QStringLiteral("notMatched")).isDouble())
                    return Error{Text::tr("%1.item.notMatched must be a number (yes = 1, no = 0).").arg(where)};
                ri.whenNotMatched = item.value(QStringLiteral("notMatched")).toDouble();
            }
            rule.item = ri;
        }
        if (r.contains(QStringLiteral("flag"))) {
            rule.flag = ruleSeverityFromKey(r.value(QStringLiteral("flag")).toString());
            if (!rule.flag)
                return Error{Text::tr("%1.flag must be low, medium, high or critical.").arg(where)};
        }
        set.rules.append(rule);
    }
    return set;
}

QByteArray ruleSetToJson(const RuleSet &set)
{
    QJsonArray rules;
    for (const ScreeningRule &r : set.rules) {
        QJsonObject o{{QStringLiteral("key"), r.key}, {QStringLiteral("name"), r.name}};
        if (!r.description.isEmpty())
            o.insert(QStringLiteral("description"), r.description);
        if (!r.enabled)
            o.insert(QStringLiteral("enabled"), false);
        o.insert(QStringLiteral("when"), conditionToJson(r.when));
        if (r.item) {
            QJsonObject item{{QStringLiteral("key"), r.item->itemKey}, {QStringLiteral("matched"), r.item->whenMatched}};
            if (r.item->whenNotMatched)
                item.insert(QStringLiteral("notMatched"), *r.item->whenNotMatched);
            o.insert(QStringLiteral("item"), item);
        }
        if (r.flag)
            o.insert(QStringLiteral("flag"), ruleSeverityKey(*r.flag));
        rules.append(o);
    }
    const QJsonObject o{{QStringLiteral("format"), FormatName},
                        {QStringLiteral("code"), set.code},
                        {QStringLiteral("name"), set.name},
                        {QStringLiteral("channel"), set.channel ? QJsonValue(channelKey(*set.channel)) : QJsonValue(QStringLiteral("all"))},
                        {QStringLiteral("version"), set.version},
                        {QStringLiteral("status"), ruleSetStatusKey(set.status)},
                        {QStringLiteral("rules"), rules}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

RuleSet builtInRuleSet()
{
    QFile f(QStringLiteral(":/screening/builtin_rules.json"));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    auto set = ruleSetFromJson(f.readAll());
    Q_ASSERT(set); // tst_screening reads it
    return set ? *set : RuleSet();
}

QVector<int> repeatContactWindows(const RuleSet &set)
{
    QVector<int> windows;
    std::function<void(const Condition &)> walk = [&](const Condition &c) {
        if (c.kind == Condition::Kind::RepeatContact && !windows.contains(c.withinDays))
            windows.append(c.withinDays);
        for (const Condition &child : c.children)
            walk(child);
    };
    for (const ScreeningRule &r : set.rules) {
        if (r.enabled)
            walk(r.when);
    }
    return windows;
}

} // namespace servqa
