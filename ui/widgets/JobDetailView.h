#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace nestogy {

struct Job;

// One durable job as an admin inspects it: kind, queue, state, attempts, when it runs (or ran), which worker
// holds it, its last error in full and its payload as indented JSON. Read-only.
class JobDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailView(QWidget *parent = nullptr);

    void setJob(const Job &job);
    void clear();

private:
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_runAt = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_finished = nullptr;
    QLabel *m_lockedBy = nullptr;
    QPlainTextEdit *m_error = nullptr;
    QPlainTextEdit *m_payload = nullptr;
};

} // namespace nestogy
