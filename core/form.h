#pragma once

#include "dimension.h"

#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

enum class FormKind { Scorecard, Checklist };

// Standard sections score points; bonus sections add points on top of the possible points;
// critical sections hold auto-fail checks that score no points (see docs/scoring.md).
enum class SectionKind { Standard, Bonus, Critical };

enum class ItemType {
    YesNo,      // yes = full points, no = none
    YesNoNa,    // as YesNo, and N/A removes the item from the possible points
    Rating5,    // 1–5
    Rating7,    // 1–7
    Scale10,    // 0–10
    Numeric,    // a measured number; full points inside [targetMin, targetMax]
    Elapsed,    // seconds; full points at or under slaSeconds
    Text,       // free text, never scored
};

enum class FormStatus { Draft, Active, Retired };

// What fills an item from the evaluated interaction's own data instead of the inspector's
// typing (docs/scoring.md, "Measured items"). The inspector may change a measured answer only
// with a comment saying why; the change is audited when the evaluation is submitted.
enum class ItemMeasure {
    None,          // typed by the inspector
    FirstResponse, // seconds to the first answer (elapsed or numeric items)
    HandleTime,    // the interaction's duration in seconds (elapsed or numeric items)
    HoldTime,      // seconds the customer was on hold (elapsed or numeric items)
    Resolved,      // resolved at first contact: yes / no (yes/no items)
};

struct FormItem
{
    qint64 id = 0; // database id of this item in this version (0 until saved)
    QString key;   // stable within a form: answers refer to items by key
    QString text;
    ItemType type = ItemType::YesNo;
    double weight = 1.0;
    Dimension dimension = Dimension::Reliability;
    bool critical = false;
    bool allowNa = false; // YesNoNa always allows N/A
    bool required = true; // must be answered (or N/A) before submitting
    bool requiresEvidence = false; // checklists: a photo or receipt must be attached to it
    QString help;
    std::optional<double> targetMin;
    std::optional<double> targetMax;
    std::optional<double> slaSeconds;
    ItemMeasure measure = ItemMeasure::None;

    bool isScoring() const { return type != ItemType::Text; }
    bool acceptsNa() const { return allowNa || type == ItemType::YesNoNa; }
};

struct FormSection
{
    qint64 id = 0;
    QString key;
    QString title;
    SectionKind kind = SectionKind::Standard;
    double weight = 1.0;
    QVector<FormItem> items;
};

// One version of a scorecard or checklist.
struct Form
{
    qint64 formId = 0;    // the form across versions
    qint64 versionId = 0; // this version
    QString code;
    QString name;
    FormKind kind = FormKind::Scorecard;
    int version = 1;
    FormStatus status = FormStatus::Draft;
    double passMark = 80.0; // percent
    bool bonusCap = true;   // bonus points may not lift the score above 100 %
    QString description;
    QVector<FormSection> sections;
    int rowVersion = 0; // saves of this draft version in place, as read (FormRepository::save)

    const FormItem *findItem(const QString &key) const;
    int scoringItemCount() const;
};

// Stable keys used in JSON and the database, and their inverses.
QString formKindKey(FormKind kind);
std::optional<FormKind> formKindFromKey(const QString &key);
QString sectionKindKey(SectionKind kind);
std::optional<SectionKind> sectionKindFromKey(const QString &key);
QString itemTypeKey(ItemType type);
std::optional<ItemType> itemTypeFromKey(const QString &key);
QString formStatusKey(FormStatus status);
std::optional<FormStatus> formStatusFromKey(const QString &key);
QString itemMeasureKey(ItemMeasure measure); // "" for None
std::optional<ItemMeasure> itemMeasureFromKey(const QString &key);
// Whether an item of this type can hold this measure (times in seconds; resolved as yes/no).
bool measureFitsType(ItemMeasure measure, ItemType type);

// Translated names for display.
QString itemTypeName(ItemType type);
QString sectionKindName(SectionKind kind);
QString formStatusName(FormStatus status);
QString itemMeasureName(ItemMeasure measure);

} // namespace servqa
