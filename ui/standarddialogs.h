#pragma once

#include "standards.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace servqa {

class DurationSpinBox;

class Database;

// Edits one written standard: what it says, its dimension, the level it commits to on the
// customers' 1–7 scale, the compliance it must reach, the SERVQUAL items it answers and the
// scorecard / checklist items that check it. Saving goes through StandardsRepository, which
// names any field that is wrong; the dialog stays open until it is right.
class StandardDialog : public QDialog
{
    Q_OBJECT

public:
    StandardDialog(Database &db, const ServiceStandard &standard, QWidget *parent = nullptr);

    ServiceStandard standard() const; // as the fields say now
    void accept() override;          // saves, or says why not
    qint64 savedId() const { return m_savedId; }

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *levelBox() const { return m_level; }
    QDoubleSpinBox *complianceBox() const { return m_compliance; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QListWidget *surveyItemList() const { return m_surveyItems; }
    QTreeWidget *formItemTree() const { return m_formItems; }
    QLabel *errorLabel() const { return m_error; }

private:
    Database &m_db;
    qint64 m_id = 0;
    qint64 m_savedId = 0;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QLineEdit *m_target;
    QComboBox *m_dimension;
    QSpinBox *m_level;
    QDoubleSpinBox *m_compliance;
    QListWidget *m_surveyItems;
    QTreeWidget *m_formItems;
    QLabel *m_error;
};

// Edits one promise made to customers and the measure that checks it.
class PromiseDialog : public QDialog
{
    Q_OBJECT

public:
    PromiseDialog(Database &db, const ExternalPromise &promise, QWidget *parent = nullptr);

    ExternalPromise promise() const;
    void accept() override;
    qint64 savedId() const { return m_savedId; }

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *standardBox() const { return m_standard; }
    DurationSpinBox *thresholdBox() const { return m_threshold; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QLabel *errorLabel() const { return m_error; }

private:
    void updateMeasure();

    Database &m_db;
    qint64 m_id = 0;
    qint64 m_savedId = 0;
    QLineEdit *m_code;
    QLineEdit *m_text;
    QComboBox *m_dimension;
    QComboBox *m_channel;
    QComboBox *m_measure;
    DurationSpinBox *m_threshold;
    QComboBox *m_standard;
    QDoubleSpinBox *m_rate;
    QLabel *m_error;
};

} // namespace servqa
