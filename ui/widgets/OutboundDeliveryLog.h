#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableView;

namespace nestogy {

class Database;
class ChangeNotifier;
class OutboundDeliveryTableModel;

// The outbound delivery log as a list: every chat post and mail the engine sent (or failed to), newest first,
// with a failed-only switch and a search field. Column layout kept in QSettings under HeaderKey.
class OutboundDeliveryLog : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto HeaderKey = "jobs/deliveriesHeader";
    static constexpr int TypingPauseMs = 250;

    explicit OutboundDeliveryLog(QWidget *parent = nullptr);
    ~OutboundDeliveryLog() override;

    // The database to read (null: none); `changes` may be null. Both must outlive their use here.
    void setSources(Database *database, ChangeNotifier *changes);
    OutboundDeliveryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void focusSearch();
    void saveHeader();

public Q_SLOTS:
    // Merges deliveries recorded since the last read.
    void refresh();

private:
    void applyFilter();
    void restoreHeader();

    OutboundDeliveryTableModel *m_model = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_typing;
};

} // namespace nestogy
