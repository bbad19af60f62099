#pragma once

#include "surveyrepository.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace servqa {

class Database;

// Types in one SERVQUAL questionnaire by hand (a paper form, a phone interview): the wave (an
// existing one or a new customer or management wave), site, respondent and time, the 22 items'
// expectation and perception on 1–7 (blank stays missing, never 0; a management wave has no
// perceptions), and optionally 100 importance points. Keyboard first: Tab moves E1, P1, E2, …;
// a digit replaces the value. Saving is one transaction; a respondent already in the wave is
// replaced only after asking.
class SurveyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SurveyEntryDialog(Database &db, QWidget *parent = nullptr);

    void setSite(qint64 siteId);
    QComboBox *waveBox() const { return m_wave; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *siteBox() const { return m_site; }
    QLineEdit *respondentEdit() const { return m_respondent; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *expectationBox(int item) const { return m_expectation.value(item); }
    QSpinBox *perceptionBox(int item) const { return m_perception.value(item); }
    QCheckBox *importanceCheck() const { return m_hasImportance; }
    QSpinBox *importanceBox(int dimension) const { return m_importance.value(dimension); }
    QLabel *errorLabel() const { return m_error; }

    // What the fields say, or the first thing wrong with them (naming the field).
    Result<SurveyRecord> record() const;
    void accept() override; // saves, or says why not and stays open

private:
    void updateKind();
    void updateTotal();

    Database &m_db;
    QComboBox *m_wave;
    QComboBox *m_kind;
    QComboBox *m_site;
    QLineEdit *m_respondent;
    QDateTimeEdit *m_time;
    QVector<QSpinBox *> m_expectation;
    QVector<QSpinBox *> m_perception;
    QCheckBox *m_hasImportance;
    QVector<QSpinBox *> m_importance;
    QLabel *m_total;
    QLabel *m_error;
};

} // namespace servqa
