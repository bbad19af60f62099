#include "form.h"

#include "keytable.h"

#include <QCoreApplication>

namespace servqa {

namespace {

const std::pair<FormKind, const char *> FormKinds[] = {
    {FormKind::Scorecard, "scorecard"}, {FormKind::Checklist, "checklist"}};
const std::pair<SectionKind, const char *> SectionKinds[] = {
    {SectionKind::Standard, "standard"}, {SectionKind::Bonus, "bonus"},
    {SectionKind::Critical, "critical"}};
const std::pair<ItemType, const char *> ItemTypes[] = {
    {ItemType::YesNo, "yesno"},     {ItemType::YesNoNa, "yesno_na"}, {ItemType::Rating5, "rating5"},
    {ItemType::Rating7, "rating7"}, {ItemType::Scale10, "scale10"},  {ItemType::Numeric, "numeric"},
    {ItemType::Elapsed, "elapsed"}, {ItemType::Text, "text"}};
const std::pair<FormStatus, const char *> FormStatuses[] = {
    {FormStatus::Draft, "draft"}, {FormStatus::Active, "active"}, {FormStatus::Retired, "retired"}};
const std::pair<ItemMeasure, const char *> ItemMeasures[] = {
    {ItemMeasure::None, ""},
    {ItemMeasure::FirstResponse, "first_response"},
    {ItemMeasure::HandleTime, "handle_time"},
    {ItemMeasure::HoldTime, "hold_time"},
    {ItemMeasure::Resolved, "resolved"}};

} // namespace

const FormItem *Form::findItem(const QString &key) const
{
    for (const FormSection &section : sections) {
        for (const FormItem &item : section.items) {
            if (item.key == key)
                return &item;
        }
    }
    return nullptr;
}

int Form::scoringItemCount() const
{
    int n = 0;
    for (const FormSection &section : sections) {
        for (const FormItem &item : section.items)
            n += item.isScoring() ? 1 : 0;
    }
    return n;
}

QString formKindKey(FormKind kind) { return keyOf(kind, FormKinds); }
std::optional<FormKind> formKindFromKey(const QString &key) { return valueOf(key, FormKinds); }
QString sectionKindKey(SectionKind kind) { return keyOf(kind, SectionKinds); }
std::optional<SectionKind> sectionKindFromKey(const QString &key) { return valueOf(key, SectionKinds); }
QString itemTypeKey(ItemType type) { return keyOf(type, ItemTypes); }
std::optional<ItemType> itemTypeFromKey(const QString &key) { return valueOf(key, ItemTypes); }
QString formStatusKey(FormStatus status) { return keyOf(status, FormStatuses); }
std::optional<FormStatus> formStatusFromKey(const QString &key) { return valueOf(key, FormStatuses); }
QString itemMeasureKey(ItemMeasure measure) { return keyOf(measure, ItemMeasures); }
std::optional<ItemMeasure> itemMeasureFromKey(const QString &key) { return valueOf(key, ItemMeasures); }

bool measureFitsType(ItemMeasure measure, ItemType type)
{
    switch (measure) {
    case ItemMeasure::None: return true;
    case ItemMeasure::FirstResponse:
    case ItemMeasure::HandleTime:
    case ItemMeasure::HoldTime: return type == ItemType::Elapsed || type == ItemType::Numeric;
    case ItemMeasure::Resolved: return type == ItemType::YesNo || type == ItemType::YesNoNa;
    }
    return false;
}

QString itemMeasureName(ItemMeasure measure)
{
    switch (measure) {
    case ItemMeasure::None: return QCoreApplication::translate("Form", "Typed by the inspector");
    case ItemMeasure::FirstResponse: return QCoreApplication::translate("Form", "First response time of the interaction");
    case ItemMeasure::HandleTime: return QCoreApplication::translate("Form", "Handle time (duration) of the interaction");
    case ItemMeasure::HoldTime: return QCoreApplication::translate("Form", "Hold time of the interaction");
    case ItemMeasure::Resolved: return QCoreApplication::translate("Form", "Resolved at first contact");
    }
    return {};
}

QString itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::YesNo: return QCoreApplication::translate("Form", "Yes / No");
    case ItemType::YesNoNa: return QCoreApplication::translate("Form", "Yes / No / N/A");
    case ItemType::Rating5: return QCoreApplication::translate("Form", "Rating 1–5");
    case ItemType::Rating7: return QCoreApplication::translate("Form", "Rating 1–7");
    case ItemType::Scale10: return QCoreApplication::translate("Form", "Scale 0–10");
    case ItemType::Numeric: return QCoreApplication::translate("Form", "Number with target range");
    case ItemType::Elapsed: return QCoreApplication::translate("Form", "Elapsed time against SLA");
    case ItemType::Text: return QCoreApplication::translate("Form", "Free text (not scored)");
    }
    return {};
}

QString sectionKindName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Standard: return QCoreApplication::translate("Form", "Standard");
    case SectionKind::Bonus: return QCoreApplication::translate("Form", "Bonus");
    case SectionKind::Critical: return QCoreApplication::translate("Form", "Critical");
    }
    return {};
}

QString formStatusName(FormStatus status)
{
    switch (status) {
    case FormStatus::Draft: return QCoreApplication::translate("Form", "Draft");
    case FormStatus::Active: return QCoreApplication::translate("Form", "Active");
    case FormStatus::Retired: return QCoreApplication::translate("Form", "Retired");
    }
    return {};
}

} // namespace servqa
