#include "formjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace servqa {

namespace {

// "file.json, line 12: …" from a parse error's byte offset.
QString parseErrorMessage(const QByteArray &json, const QJsonParseError &error, const QString &source)
{
    const int line = json.left(error.offset).count('\n') + 1;
    return QCoreApplication::translate("FormJson", "%1, line %2: invalid JSON (%3).").arg(source).arg(line).arg(error.errorString());
}

Error fieldError(const QString &source, const QString &path, const QString &problem)
{
    return Error{QCoreApplication::translate("FormJson", "%1, %2: %3").arg(source, path, problem)};
}

std::optional<double> optionalNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

// Rounded for output so that 83.33333333333334 prints as 83.3333.
QJsonValue rounded(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    return std::round(*v * 10000.0) / 10000.0;
}

// A weight beyond this is a typing slip, and far larger ones overflow the sums to infinity,
// leaving a score of nothing.
constexpr double MaxWeight = 1e6;

QString weightProblem(double weight)
{
    if (!(weight >= 0))
        return QCoreApplication::translate("FormJson", "a weight cannot be negative");
    if (!(weight <= MaxWeight))
        return QCoreApplication::translate("FormJson", "a weight cannot be more than %L1").arg(MaxWeight, 0, 'f', 0);
    return QString();
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

Error nulError(const QString &source, const QString &path)
{
    return fieldError(source, path, QCoreApplication::translate("FormJson", "the text holds a NUL character (a damaged or binary file?)"));
}

} // namespace

Status validateForm(const Form &form, const QString &source)
{
    for (const auto &[path, text] : {std::pair{QStringLiteral("code"), form.code}, std::pair{QStringLiteral("name"), form.name},
                                     std::pair{QStringLiteral("description"), form.description}}) {
        if (hasNul(text))
            return nulError(source, path);
    }
    if (form.code.trimmed().isEmpty())
        return fieldError(source, QStringLiteral("code"), QCoreApplication::translate("FormJson", "a form needs a code"));
    if (form.name.trimmed().isEmpty())
        return fieldError(source, QStringLiteral("name"), QCoreApplication::translate("FormJson", "a form needs a name"));
    if (!(form.passMark >= 0 && form.passMark <= 100))
        return fieldError(source, QStringLiteral("passMark"), QCoreApplication::translate("FormJson", "the pass mark must be 0–100"));
    if (form.sections.isEmpty())
        return fieldError(source, QStringLiteral("sections"), QCoreApplication::translate("FormJson", "a form needs at least one section"));
    QSet<QString> sectionKeys;
    QSet<QString> itemKeys;
    for (int s = 0; s < form.sections.size(); ++s) {
        const FormSection &section = form.sections[s];
        const QString sectionPath = QStringLiteral("sections[%1]").arg(s);
        if (section.key.isEmpty())
            return fieldError(source, sectionPath + QStringLiteral(".key"), QCoreApplication::translate("FormJson", "missing key"));
        if (sectionKeys.contains(section.key))
            return fieldError(source, sectionPath + QStringLiteral(".key"),
                              QCoreApplication::translate("FormJson", "the key \"%1\" is used twice").arg(section.key));
        sectionKeys.insert(section.key);
        if (hasNul(section.key) || hasNul(section.title))
            return nulError(source, sectionPath);
        if (const QString problem = weightProblem(section.weight); !problem.isEmpty())
            return fieldError(source, sectionPath + QStringLiteral(".weight"), problem);
        for (int i = 0; i < section.items.size(); ++i) {
            const FormItem &item = section.items[i];
            const QString path = sectionPath + QStringLiteral(".items[%1]").arg(i);
            if (item.key.isEmpty())
                return fieldError(source, path + QStringLiteral(".key"), QCoreApplication::translate("FormJson", "missing key"));
            if (itemKeys.contains(item.key))
                return fieldError(source, path + QStringLiteral(".key"),
                                  QCoreApplication::translate("FormJson", "the key \"%1\" is used twice").arg(item.key));
            itemKeys.insert(item.key);
            if (item.text.trimmed().isEmpty())
                return fieldError(source, path + QStringLiteral(".text"), QCoreApplication::translate("FormJson", "an item needs a text"));
            if (hasNul(item.key) || hasNul(item.text) || hasNul(item.help))
                return nulError(source, path);
            if (const QString problem = weightProblem(item.weight); !problem.isEmpty())
                return fieldError(source, path + QStringLiteral(".weight"), problem);
            for (const auto &[name, bound] : {std::pair{QStringLiteral(".targetMin"), item.targetMin},
                                              std::pair{QStringLiteral(".targetMax"), item.targetMax},
                                              std::pair{QStringLiteral(".slaSeconds"), item.slaSeconds}}) {
                if (bound && !std::isfinite(*bound))
                    return fieldError(source, path + name, QCoreApplication::translate("FormJson", "not a finite number"));
            }
            if (item.type == ItemType::Numeric && !item.targetMin && !item.targetMax)
                return fieldError(source, path,
                                  QCoreApplication::translate("FormJson", "a numeric item needs targetMin, targetMax or both"));
            if (item.type == ItemType::Numeric && item.targetMin && item.targetMax
                && *item.targetMin > *item.targetMax)
                return fieldError(source, path, QCoreApplication::translate("FormJson", "targetMin is larger than targetMax"));
            if (item.type == ItemType::Elapsed && !(item.slaSeconds && *item.slaSeconds > 0))
                return fieldError(source, path + QStringLiteral(".slaSeconds"),
                                  QCoreApplication::translate("FormJson", "an elapsed-time item needs a positive SLA in seconds"));
            if (!measureFitsType(item.measure, item.type))
                return fieldError(source, path + QStringLiteral(".measure"),
                                  item.measure == ItemMeasure::Resolved
                                      ? QCoreApplication::translate("FormJson", "\"resolved\" fills yes/no items only")
                                      : QCoreApplication::translate("FormJson", "a time measured from the interaction fills elapsed or numeric items only"));
            if (item.measure != ItemMeasure::None && form.kind == FormKind::Checklist)
                return fieldError(source, path + QStringLiteral(".measure"),
                                  QCoreApplication::translate("FormJson", "a store-visit checklist has no interaction to measure from"));
        }
    }
    return success();
}

Result<Form> formFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{parseErrorMessage(json, parseError, source)};
    if (!doc.isObject())
        return Error{QCoreApplication::translate("FormJson", "%1: the form must be a JSON object.").arg(source)};
    const QJsonObject root = doc.object();

    Form form;
    form.code = root.value(QLatin1String("code")).toString();
    form.name = root.value(QLatin1String("name")).toString();
    form.description = root.value(QLatin1String("description")).toString();
    form.version = root.value(QLatin1String("version")).toInt(1);
    form.passMark = root.value(QLatin1String("passMark")).toDouble(80.0);
    form.bonusCap = root.value(QLatin1String("bonusCap")).toBool(true);
    const QString kind = root.value(QLatin1String("kind")).toString(QStringLiteral("scorecard"));
    if (const auto k = formKindFromKey(kind))
        form.kind = *k;
    else
        return fieldError(source, QStringLiteral("kind"),
                          QCoreApplication::translate("FormJson", "\"%1\" is not scorecard or checklist").arg(kind));
    const QString status = root.value(QLatin1String("status")).toString(QStringLiteral("draft"));
    if (const auto s = formStatusFromKey(status))
        form.status = *s;
    else
        return fieldError(source, QStringLiteral("status"),
                          QCoreApplication::translate("FormJson", "\"%1\" is not draft, active or retired").arg(status));

    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    for (int s = 0; s < sections.size(); ++s) {
        const QJsonObject so = sections[s].toObject();
        const QString sectionPath = QStringLiteral("sections[%1]").arg(s);
        FormSection section;
        section.key = so.value(QLatin1String("key")).toString();
        section.title = so.value(QLatin1String("title")).toString(section.key);
        section.weight = so.value(QLatin1String("weight")).toDouble(1.0);
        const QString sectionKind = so.value(QLatin1String("kind")).toString(QStringLiteral("standard"));
        if (const auto k = sectionKindFromKey(sectionKind))
            section.kind = *k;
        else
            return fieldError(source, sectionPath + QStringLiteral(".kind"),
                              QCoreApplication::translate("FormJson", "\"%1\" is not standard, bonus or critical").arg(sectionKind));
        const QJsonArray items = so.value(QLatin1String("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject io = items[i].toObject();
            const QString path = sectionPath + QStringLiteral(".items[%1]").arg(i);
            FormItem item;
            item.key = io.value(QLatin1String("key")).toString();
            item.text = io.value(QLatin1String("text")).toString();
            item.help = io.value(QLatin1String("help")).toString();
            item.weight = io.value(QLatin1String("weight")).toDouble(1.0);
            item.critical = io.value(QLatin1String("critical")).toBool(false);
            item.allowNa = io.value(QLatin1String("allowNa")).toBool(false);
            item.required = io.value(QLatin1String("required")).toBool(true);
            item.requiresEvidence = io.value(QLatin1String("requiresEvidence")).toBool(false);
            item.targetMin = optionalNumber(io, QStringLiteral("targetMin"));
            item.targetMax = optionalNumber(io, QStringLiteral("targetMax"));
            item.slaSeconds = optionalNumber(io, QStringLiteral("slaSeconds"));
            const QString measure = io.value(QLatin1String("measure")).toString();
            if (const auto m = itemMeasureFromKey(measure))
                item.measure = *m;
            else
                return fieldError(source, path + QStringLiteral(".measure"),
                                  QCoreApplication::translate("FormJson", "\"%1\" is not a measure (first_response, handle_time, "
                                     "hold_time, resolved)")
                                      .arg(measure));
            const QString type = io.value(QLatin1String("type")).toString();
            if (const auto t = itemTypeFromKey(type))
                item.type = *t;
            else
                return fieldError(source, path + QStringLiteral(".type"),
                                  QCoreApplication::translate("FormJson", "\"%1\" is not an item type (yesno, yesno_na, rating5, "
                                     "rating7, scale10, numeric, elapsed, text)")
                                      .arg(type));
            const QString dimension = io.value(QLatin1String("dimension")).toString();
            if (const auto d = dimensionFromKey(dimension))
                item.dimension = *d;
            else
                return fieldError(source, path + QStringLiteral(".dimension"),
                                  QCoreApplication::translate("FormJson", "\"%1\" is not a SERVQUAL dimension (tangibles, "
                                     "reliability, responsiveness, assurance, empathy)")
                                      .arg(dimension));
            section.items.push_back(item);
        }
        form.sections.push_back(section);
    }
    if (const Status valid = validateForm(form, source); !valid)
        return Error{valid.error()};
    return form;
}

QByteArray formToJson(const Form &form)
{
    QJsonArray sections;
    for (const FormSection &section : form.sections) {
        QJsonArray items;
        for (const FormItem &item : section.items) {
            QJsonObject io{{QStringLiteral("key"), item.key},
                           {QStringLiteral("text"), item.text},
                           {QStringLiteral("type"), itemTypeKey(item.type)},
                           {QStringLiteral("weight"), item.weight},
                           {QStringLiteral("dimension"), dimensionKey(item.dimension)},
                           {QStringLiteral("critical"), item.critical},
                           {QStringLiteral("allowNa"), item.allowNa},
                           {QStringLiteral("required"), item.required}};
            if (item.requiresEvidence)
                io.insert(QStringLiteral("requiresEvidence"), true);
            if (!item.help.isEmpty())
                io.insert(QStringLiteral("help"), item.help);
            if (item.targetMin)
                io.insert(QStringLiteral("targetMin"), *item.targetMin);
            if (item.targetMax)
                io.insert(QStringLiteral("targetMax"), *item.targetMax);
            if (item.slaSeconds)
                io.insert(QStringLiteral("slaSeconds"), *item.slaSeconds);
            if (item.measure != ItemMeasure::None)
                io.insert(QStringLiteral("measure"), itemMeasureKey(item.measure));
            items.append(io);
        }
        sections.append(QJsonObject{{QStringLiteral("key"), section.key},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("kind"), sectionKindKey(section.kind)},
                                    {QStringLiteral("weight"), section.weight},
                                    {QStringLiteral("items"), items}});
    }
    const QJsonObject root{{QStringLiteral("code"), form.code},
                           {QStringLiteral("name"), form.name},
                           {QStringLiteral("kind"), formKindKey(form.kind)},
                           {QStringLiteral("version"), form.version},
                           {QStringLiteral("status"), formStatusKey(form.status)},
                           {QStringLiteral("passMark"), form.passMark},
                           {QStringLiteral("bonusCap"), form.bonusCap},
                           {QStringLiteral("description"), form.description},
                           {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Answers> answersFromJson(const QByteArray &json, const Form &form, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{parseErrorMessage(json, parseError, source)};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("answers")).isObject())
        return Error{QCoreApplication::translate("FormJson", "%1: expected an object with an \"answers\" object inside.").arg(source)};

    Answers answers;
    const QJsonObject given = root.value(QLatin1String("answers")).toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const QString path = QStringLiteral("answers.%1").arg(it.key());
        const FormItem *item = form.findItem(it.key());
        if (!item)
            return fieldError(source, path, QCoreApplication::translate("FormJson", "the form has no item \"%1\"").arg(it.key()));
        QJsonValue value = it.value();
        Answer answer;
        if (value.isObject()) {
            answer.comment = value.toObject().value(QLatin1String("comment")).toString();
            value = value.toObject().value(QLatin1String("value"));
        }
        if (value.isBool()) {
            // true/false answer a yes/no item; a rating of "true" is a mistake, not a 1.
            if (item->type != ItemType::YesNo && item->type != ItemType::YesNoNa)
                return fieldError(source, path, QCoreApplication::translate("FormJson", "true or false answers only a yes/no item"));
            answer.value = value.toBool() ? 1.0 : 0.0;
        } else if (value.isDouble()) {
            answer.value = value.toDouble();
        } else if (value.isString()) {
            const QString s = value.toString().trimmed();
            const QString lower = s.toLower();
            if (item->type == ItemType::Text)
                answer.text = s;
            else if (lower == QLatin1String("yes") || lower == QLatin1String("y"))
                answer.value = 1.0;
            else if (lower == QLatin1String("no") || lower == QLatin1String("n"))
                answer.value = 0.0;
            else if (lower == QLatin1String("na") || lower == QLatin1String("n/a"))
                answer.notApplicable = true;
            else
                return fieldError(source, path,
                                  QCoreApplication::translate("FormJson", "\"%1\" is not yes, no, na or a number").arg(s));
        } else {
            return fieldError(source, path, QCoreApplication::translate("FormJson", "expected yes, no, na, a number or text"));
        }
        if (hasNul(answer.text) || hasNul(answer.comment))
            return nulError(source, path);
        if (const QString problem = checkAnswer(*item, answer); !problem.isEmpty())
            return fieldError(source, path, problem);
        answers.insert(it.key(), answer);
    }
    return answers;
}

QJsonObject scoreResultToJson(const Form &form, const ScoreResult &result)
{
    QJsonArray sections;
    for (int i = 0; i < result.sections.size(); ++i) {
        const SectionScore &s = result.sections[i];
        sections.append(QJsonObject{{QStringLiteral("key"), s.key},
                                    {QStringLiteral("kind"), sectionKindKey(form.sections[i].kind)},
                                    {QStringLiteral("percent"), rounded(s.percent)}});
    }
    QJsonObject dimensions;
    for (Dimension d : AllDimensions)
        dimensions.insert(dimensionKey(d), rounded(result.dimensions[dimensionIndex(d)]));
    QJsonObject out{{QStringLiteral("form"), form.code},
                    {QStringLiteral("version"), form.version},
                    {QStringLiteral("pointsEarned"), rounded(result.pointsEarned)},
                    {QStringLiteral("pointsPossible"), rounded(result.pointsPossible)},
                    {QStringLiteral("bonusPoints"), rounded(result.bonusPoints)},
                    {QStringLiteral("percent"), rounded(result.percent)},
                    {QStringLiteral("passMark"), form.passMark},
                    {QStringLiteral("passed"), result.passed ? QJsonValue(*result.passed)
                                                             : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("autoFailed"), result.autoFailed},
                    {QStringLiteral("failedCriticalItems"),
                     QJsonArray::fromStringList(result.failedCriticalItems)},
                    {QStringLiteral("unansweredRequired"),
                     QJsonArray::fromStringList(result.unansweredRequired)},
                    {QStringLiteral("sections"), sections},
                    {QStringLiteral("dimensions"), dimensions}};
    return out;
}

} // namespace servqa
