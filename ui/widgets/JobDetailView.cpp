#include "JobDetailView.h"

#include "DisplayText.h"
#include "Job.h"
#include "JobTableModel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *readOnlyText(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}
} // namespace

JobDetailView::JobDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobDetail"_s);
    m_title = valueLabel(u"jobTitle"_s, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QLabel *&value, const QString &name) {
        value = valueLabel(name, this);
        form->addRow(label, value);
    };
    row(tr("State:"), m_state, u"jobState"_s);
    row(tr("Attempts:"), m_attempts, u"jobAttempts"_s);
    row(tr("Runs at:"), m_runAt, u"jobRunAt"_s);
    row(tr("Created:"), m_created, u"jobCreated"_s);
    row(tr("Finished:"), m_finished, u"jobFinished"_s);
    row(tr("Worker:"), m_lockedBy, u"jobLockedBy"_s);

    m_error = readOnlyText(u"jobLastError"_s, tr("Last error"), this);
    m_error->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_error->setMaximumHeight(m_error->fontMetrics().lineSpacing() * 6);
    m_payload = readOnlyText(u"jobPayload"_s, tr("Payload"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Last error:"), this));
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Payload:"), this));
    layout->addWidget(m_payload, 1);
    clear();
}

void JobDetailView::clear()
{
    m_title->setText(tr("No job selected"));
    for (QLabel *label : {m_state, m_attempts, m_runAt, m_created, m_finished, m_lockedBy})
        label->clear();
    m_error->clear();
    m_payload->clear();
}

void JobDetailView::setJob(const Job &job)
{
    m_title->setText(tr("Job %1: %2 (queue %3)").arg(job.id).arg(job.kind, job.queue));
    m_state->setText(JobTableModel::stateText(job.state));
    m_attempts->setText(tr("%1 of %2").arg(job.attempts).arg(job.maxAttempts));
    m_runAt->setText(DisplayText::dateTime(job.runAtMs));
    m_created->setText(DisplayText::dateTime(job.createdMs));
    m_finished->setText(job.finishedMs > 0 ? DisplayText::dateTime(job.finishedMs) : tr("Not finished"));
    m_lockedBy->setText(job.lockedBy.isEmpty() ? tr("None") : job.lockedBy);
    m_error->setPlainText(job.lastError.isEmpty() ? tr("None") : job.lastError);
    m_payload->setPlainText(QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Indented)));
}

} // namespace nestogy
