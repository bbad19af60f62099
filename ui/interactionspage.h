#pragma once

#include "interactionrepository.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace servqa {

class InteractionListModel;
class PeriodSelector;
class Session;
struct InteractionFilter;

// Interactions: every call, chat, email and visit in the workspace, filtered by period,
// site, channel, staff and text, with the selected one's details beside the list.
class InteractionsPage : public QWidget
{
    Q_OBJECT

public:
    // A start names the workspace it is about to open (`starting`): its list is read from the
    // moment the page is made, beside the rest of the window being built and the workspace opened
    // (PagedTableModel::prefetch). Opening another workspace instead reads as always.
    explicit InteractionsPage(Session &session, const QString &starting = QString(), QWidget *parent = nullptr);

    InteractionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; } // how many interactions the filters keep
    QComboBox *siteBox() const { return m_site; }
    // Shows one interaction (a case behind an alert or a chart's week): its day and external id as
    // the filters, every site, channel and agent; the interaction is selected once listed.
    void showInteraction(const QString &externalId, const QDate &day);
    // Shows the interactions behind a figure (the Dashboards' Screening tab): the filter's period,
    // site, agent, channel and screening (a rule's matches or a risk); no text.
    void showFiltered(const InteractionFilter &filter);

signals:
    // The inspector wants to score this interaction now.
    void evaluateRequested(qint64 interactionId, Channel channel);
    void complaintRequested(qint64 interactionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadChoices(); // sites and staff of the open workspace
    void reloadStaff();
    void reloadScreeningChoices();
    void showScreening(qint64 interactionId);
    void applyFilter();
    InteractionFilter currentFilter() const;
    void selectAgain();
    void showDetails();
    void updateCount(qint64 total);

    Session &m_session;
    InteractionListModel *m_model;
    PeriodSelector *m_period;
    QComboBox *m_site;
    QComboBox *m_channel;
    QComboBox *m_screening; // risk level or rule
    QLabel *m_screeningLabel;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QComboBox *m_staff;
    QLineEdit *m_search;
    QPushButton *m_reset;
    QLabel *m_periodLabel;
    QLabel *m_siteLabel;
    QLabel *m_channelLabel;
    QLabel *m_staffLabel;
    QLabel *m_count;
    QTableView *m_view;
    QTimer *m_searchDelay;
    bool m_columnsSized = false;
    bool m_choicesAfterRows = false; // the start's first open reads the filters' choices after the rows are drawn
    qint64 m_keepSelected = 0; // the interaction to select again when the list is read again
    // details
    QLabel *m_detailsTitle;
    QFormLayout *m_detailsForm;
    QVector<QLabel *> m_detailLabels;
    QLabel *m_detailChannel;
    QLabel *m_detailSite;
    QLabel *m_detailStaff;
    QLabel *m_detailCustomer;
    QLabel *m_detailTimes;
    QLabel *m_detailSource;
    QLabel *m_detailScreening;
    QPlainTextEdit *m_transcript;
    QPushButton *m_evaluate;
    QPushButton *m_complain;
};

} // namespace servqa
