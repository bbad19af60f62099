#pragma once

#include "fivegaps.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace servqa {

class LatestResult;
class PeriodSelector;
class Session;

// The register of written service standards and of the promises made to customers, each with
// how it fares over the chosen period and sites: the standard against customers' expectations
// (gap 2) and against what inspections and visits observed (gap 3), the promise against what
// was measured (gap 4). QA leads keep the register; everyone can read it.
class StandardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StandardsPage(Session &session, QWidget *parent = nullptr);
    ~StandardsPage() override;

    QTableWidget *standardTable() const { return m_standards; }
    QTableWidget *promiseTable() const { return m_promises; }
    QComboBox *siteBox() const { return m_site; }
    PeriodSelector *periodSelector() const { return m_period; }
    QComboBox *regionBox() const { return m_region; }
    QSpinBox *minimumBox() const { return m_minimum; }
    bool isComputing() const;
    void refresh();

    // The register's actions, as the buttons run them (a dialog each; tests drive the dialogs).
    void newStandard();
    void editStandard();
    void removeStandard();
    void newPromise();
    void editPromise();
    void removePromise();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    bool canEdit() const;
    qint64 selectedId(QTableWidget *table) const;
    void showGaps(const FiveGaps &gaps);

    Session &m_session;
    std::unique_ptr<LatestResult> m_worker;
    PeriodSelector *m_period;
    QComboBox *m_region;
    QComboBox *m_site;
    QSpinBox *m_minimum;
    QLabel *m_periodLabel;
    QLabel *m_regionLabel;
    QLabel *m_siteLabel;
    QLabel *m_minimumLabel;
    QLabel *m_standardsTitle;
    QLabel *m_promisesTitle;
    QLabel *m_note;
    QTableWidget *m_standards;
    QTableWidget *m_promises;
    QPushButton *m_newStandard;
    QPushButton *m_editStandard;
    QPushButton *m_removeStandard;
    QPushButton *m_newPromise;
    QPushButton *m_editPromise;
    QPushButton *m_removePromise;
    bool m_stale = true;
};

} // namespace servqa
