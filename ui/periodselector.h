#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;

namespace servqa {

// "All time / Last 7 days / … / Custom dates" with a from–to pair for custom dates, which start
// as the period shown before them; used by every filtered list.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    // [from, to) in local time; nullopt where the period is open.
    std::optional<QDateTime> from() const;
    std::optional<QDateTime> to() const;
    void reset();
    // Custom dates from `from` to `to`, both included.
    void setCustom(const QDate &from, const QDate &to);
    QComboBox *combo() const { return m_period; }

signals:
    void changed();
    // Before the two dates show (or after they hide): a page can make room for them first, as
    // showing them widens the window at once if the row holding them is full.
    void datesShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The custom dates' fields, made when custom dates are first chosen: the first date field of
    // a process costs ~6 ms, a tenth of the window's start (docs/PERFORMANCE.md).
    void makeDateEdits();
    // The first moment of a period of the list (Period in the .cpp); nullopt for all time.
    std::optional<QDateTime> startOf(int period) const;

    QComboBox *m_period;
    int m_shown = 0; // the period shown: custom dates chosen start from the one before them
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace servqa
