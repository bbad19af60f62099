#include "periodselector.h"

#include <QSignalBlocker>

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace servqa {

namespace {
enum class Period { All, Last7, Last30, Last90, ThisYear, Custom };
}

PeriodSelector::PeriodSelector(QWidget *parent) : QWidget(parent)
{
    m_period = new QComboBox(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    setFocusProxy(m_period);
    retranslate();
    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const bool custom = m_period->currentData().toInt() == int(Period::Custom);
        if (custom) {
            makeDateEdits();
            // The days shown until now, to be narrowed or moved from there: the figures stay as
            // they were until a date is changed. All time keeps the fields as they were.
            if (const auto start = startOf(m_shown)) {
                const QSignalBlocker blockFrom(m_from), blockTo(m_to);
                m_from->setDate(start->date());
                m_to->setDate(QDate::currentDate());
            }
            emit datesShown(true);
        }
        m_shown = m_period->currentData().toInt();
        if (m_from) {
            m_from->setVisible(custom);
            m_to->setVisible(custom);
        }
        if (!custom)
            emit datesShown(false);
        emit changed();
    });
}

void PeriodSelector::makeDateEdits()
{
    if (m_from)
        return;
    m_from = new QDateEdit(QDate::currentDate().addDays(-29), this); // the last 30 days, today included
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
        layout()->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this, &PeriodSelector::changed);
    }
}

void PeriodSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeriodSelector::retranslate()
{
    const QSignalBlocker block(m_period);
    const int current = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Custom dates"), int(Period::Custom));
    m_period->setCurrentIndex(current);
}

void PeriodSelector::reset()
{
    m_period->setCurrentIndex(0);
}

void PeriodSelector::setCustom(const QDate &from, const QDate &to)
{
    makeDateEdits();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to), blockPeriod(m_period);
    m_from->setDate(from);
    m_to->setDate(to);
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_shown = int(Period::Custom);
    emit datesShown(true);
    m_from->setVisible(true);
    m_to->setVisible(true);
    emit changed();
}

std::optional<QDateTime> PeriodSelector::startOf(int period) const
{
    const QDate today = QDate::currentDate();
    const QDateTime tomorrow(today.addDays(1), QTime(0, 0));
    switch (static_cast<Period>(period)) {
    case Period::All: return std::nullopt;
    case Period::Last7: return tomorrow.addDays(-7);
    case Period::Last30: return tomorrow.addDays(-30);
    case Period::Last90: return tomorrow.addDays(-90);
    case Period::ThisYear: return QDateTime(QDate(today.year(), 1, 1), QTime(0, 0));
    case Period::Custom: return QDateTime(m_from->date(), QTime(0, 0));
    }
    return std::nullopt;
}

std::optional<QDateTime> PeriodSelector::from() const
{
    return startOf(m_period->currentData().toInt());
}

std::optional<QDateTime> PeriodSelector::to() const
{
    if (static_cast<Period>(m_period->currentData().toInt()) != Period::Custom)
        return std::nullopt;
    return QDateTime(m_to->date().addDays(1), QTime(0, 0)); // the "to" day is included
}

} // namespace servqa
