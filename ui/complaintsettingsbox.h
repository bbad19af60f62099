#pragma once

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace servqa {

class Session;

// Settings ▸ Complaints: how soon a complaint must have its first response and its resolution,
// per severity for every channel and, where a channel differs, for that channel; and the list of
// categories in both languages. A QA lead or an administrator changes them.
class ComplaintSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ComplaintSettingsBox(Session &session, QWidget *parent = nullptr);

    QTableWidget *limitTable() const { return m_limits; }
    QTableWidget *categoryTable() const { return m_categories; }
    QPushButton *addLimitButton() const { return m_addLimit; }
    QPushButton *addCategoryButton() const { return m_addCategory; }
    void reload();
    void editLimit(bool add);
    void removeLimit();
    void editCategory(bool add);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void saved(const QString &error);

    Session &m_session;
    QTableWidget *m_limits;
    QPushButton *m_addLimit;
    QPushButton *m_editLimit;
    QPushButton *m_removeLimit;
    QTableWidget *m_categories;
    QPushButton *m_addCategory;
    QPushButton *m_editCategory;
};

} // namespace servqa
