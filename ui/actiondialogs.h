#pragma once

#include "actions.h"

#include "editordialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace servqa {

class Database;

// The measure in words: "Failure rate of «Checked the order» (Hotline), 1 Oct–31 Oct 2026 against
// 1 Nov–30 Nov 2026".
QString measureText(Database &db, const ActionMeasure &measure);
// The measure alone, without its periods: "Failure rate of «Checked the order» (Hotline)".
QString measureName(Database &db, const ActionMeasure &measure);
// A test's result as a reader checks it: "15.0 % → 5.2 % (n 120, 115), two-proportion z test, p = 0.013".
QString changeText(const MeasureChange &change, MeasureKind kind);
QString testName(ChangeTest::Method method); // translated
// The place of an action: a site, a region, or every site.
QString actionPlace(const CorrectiveAction &action);

// Raising or changing an action: what, where, who and by when, and the measure it is meant to
// move with the periods compared; the measure's figures so far are shown as the fields change.
class ActionDialog : public EditorDialog
{
    Q_OBJECT

public:
    ActionDialog(Database &db, const ActionDraft &prefill, bool raising, QWidget *parent = nullptr);
    // The same fields planning an improvement cycle: the title is its goal, the period before its
    // baseline, and a target replaces the kind, details, due date and period after.
    void planCycle(double target);
    double target() const;

    ActionDraft draft() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *placeBox() const { return m_place; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *itemBox() const { return m_item; }
    QLabel *previewLabel() const { return m_preview; }
    void accept() override;

private:
    void updatePreview();

    Database &m_db;
    ActionOrigin m_origin;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_place;
    QComboBox *m_owner;
    QDateEdit *m_due;
    QComboBox *m_measure;
    QStackedWidget *m_measureParts;
    QComboBox *m_item;
    QComboBox *m_scoreForm;
    QComboBox *m_dimension;
    QComboBox *m_indicator;
    QDateEdit *m_beforeFrom, *m_beforeTo, *m_afterFrom, *m_afterTo;
    QLabel *m_preview;
    QLabel *m_problem;
    QTimer *m_previewTimer;
    QFormLayout *m_form;
    QDoubleSpinBox *m_target = nullptr;
    bool m_cycle = false;
};

// The root cause: the 5 whys, and the fishbone's causes by 人机料法环测, one of them marked the root.
class RootCauseDialog : public EditorDialog
{
    Q_OBJECT

public:
    RootCauseDialog(const CorrectiveAction &action, QWidget *parent = nullptr);

    QStringList whys() const;
    QVector<RootCause> causes() const;
    QLineEdit *whyEdit(int k) const { return m_whys.value(k); }
    QTableWidget *causeTable() const { return m_causes; }
    void addCause(const RootCause &cause);
    void accept() override; // refused, saying why, while there is no why and no cause

private:
    QVector<QLineEdit *> m_whys;
    QTableWidget *m_causes;
    QLabel *m_problem;
};

} // namespace servqa
