// The outbound delivery log model on SQLite and on PostgreSQL (NESTOGY_TEST_PG_URL), under
// QAbstractItemModelTester: newest first in keyset pages, the failed-only and text filters and the sorts in
// SQL, deliveries recorded later merged in on ChangeNotifier::jobsChanged without a reset, and a chat
// webhook's secret path never shown.
#include "ChangeNotifier.h"
#include "ModelTestSupport.h"
#include "OutboundDeliveryTableModel.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
constexpr int Seeded = 12;
const QString SlackPath = u"/services/T000/B000/secretsecret"_s;
} // namespace

class TestOutboundDeliveryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pagesNewestFirst_data() { backends(); }
    void pagesNewestFirst();
    void filters_data() { backends(); }
    void filters();
    void sorts_data() { backends(); }
    void sorts();
    void newDeliveriesAreMergedWithoutReset_data() { backends(); }
    void newDeliveriesAreMergedWithoutReset();
    void rolesHeadersAndHiddenSecrets_data() { backends(); }
    void rolesHeadersAndHiddenSecrets();

private:
    struct Delivery
    {
        QString kind = u"chat_webhook"_s;
        QString url = u"https://hooks.slack.com"_s + SlackPath;
        int status = 200;
        QString error;
        qint64 durationMs = 40;
        qint64 integrationId = 0;
        qint64 jobId = 0;
        qint64 created = T0;
    };

    void backends();
    // A freshly seeded database for this data row, or nullptr after QSKIP/QFAIL.
    TestDatabase *open();
    qint64 addDelivery(const Delivery &d);
    std::unique_ptr<OutboundDeliveryTableModel> model(int pageSize);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_ids; // in creation order
    qint64 m_alpha = 0;
    qint64 m_job = 0;
};

void TestOutboundDeliveryTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestOutboundDeliveryTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

void TestOutboundDeliveryTableModel::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

TestDatabase *TestOutboundDeliveryTableModel::open()
{
    QFETCH(bool, postgres);
    QString error;
    if (postgres) {
        bool required = false;
        const QString url = TestDatabase::postgresUrl(&required);
        if (url.isEmpty()) {
            if (required)
                QTest::qFail("NESTOGY_TEST_PG_URL is not set", __FILE__, __LINE__);
            else
                QTest::qSkip("PostgreSQL not tested: set NESTOGY_TEST_PG_URL", __FILE__, __LINE__);
            return nullptr;
        }
        m_db = TestDatabase::postgres(url, u"tst_outbounddeliveries"_s, &error);
    } else {
        m_db = TestDatabase::sqlite(&error);
    }
    if (!m_db) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    m_changes = std::make_unique<ChangeNotifier>();
    m_alpha = m_db->addIntegration(u"Alpha"_s, u"generic"_s);
    const qint64 beta = m_db->addIntegration(u"beta"_s, u"generic"_s);
    m_job = m_db->addJob({});
    if (!m_alpha || !beta || !m_job) {
        QTest::qFail("seeding failed (see warnings)", __FILE__, __LINE__);
        return nullptr;
    }
    m_ids.clear();
    for (int i = 0; i < Seeded; ++i) {
        Delivery d;
        d.created = T0 + i * 1000;
        d.durationMs = (i * 7) % 5 * 100;
        d.jobId = i % 2 == 0 ? m_job : 0;
        if (i % 3 == 0) {
            d.kind = u"email"_s;
            d.url = u"smtp://mail.example.com:25/tech%1@example.com"_s.arg(i);
            d.status = i % 2 == 0 ? 250 : 0;
            d.error = d.status == 0 ? u"connection refused\nafter 3 s"_s : QString();
        } else {
            d.integrationId = i % 2 == 0 ? m_alpha : beta;
            d.status = i % 4 == 1 ? 500 : 200;
            d.error = d.status == 500 ? u"chat webhook answered 500 Internal Server Error"_s : QString();
        }
        m_ids.append(addDelivery(d));
        if (!m_ids.constLast()) {
            QTest::qFail("seeding failed (see warnings)", __FILE__, __LINE__);
            return nullptr;
        }
    }
    return m_db.get();
}

qint64 TestOutboundDeliveryTableModel::addDelivery(const Delivery &d)
{
    const auto optionalId = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    return m_db->insert(
        u"INSERT INTO outbound_deliveries (integration_id, job_id, kind, method, url, status_code, error, "
        "duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {optionalId(d.integrationId), optionalId(d.jobId), d.kind, d.kind == u"email" ? u"SMTP"_s : u"POST"_s,
         d.url, d.status, d.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(d.error),
         d.durationMs, d.created});
}

std::unique_ptr<OutboundDeliveryTableModel> TestOutboundDeliveryTableModel::model(int pageSize)
{
    auto m = std::make_unique<OutboundDeliveryTableModel>(m_db->db(), m_changes.get());
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

void TestOutboundDeliveryTableModel::pagesNewestFirst()
{
    if (!open())
        return;
    auto m = model(3);
    // Only whole pages are read (the model tester fetches a few itself).
    QVERIFY(m->rowCount() < Seeded);
    QCOMPARE(m->rowCount() % 3, 0);
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), QList<qint64>(m_ids.crbegin(), m_ids.crend()));
    QCOMPARE(m->lastError(), QString());
}

void TestOutboundDeliveryTableModel::filters()
{
    if (!open())
        return;
    auto m = model(4);
    OutboundDeliveryQuery::Filter failed;
    failed.failedOnly = true;
    m->setFilter(failed);
    modeltest::fetchAll(*m);
    // Mails 3 and 9 were refused; chat posts 1, 5 were answered 500.
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_ids.at(9), m_ids.at(5), m_ids.at(3), m_ids.at(1)}));
    for (int row = 0; row < m->rowCount(); ++row)
        QVERIFY(m->index(row, 0).data(OutboundDeliveryTableModel::FailedRole).toBool());

    OutboundDeliveryQuery::Filter text;
    text.text = u"TECH6@"_s; // in the target, ignoring case
    m->setFilter(text);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), QList<qint64>{m_ids.at(6)});

    text.text = u"ALPHA"_s; // the integration's name
    m->setFilter(text);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_ids.at(10), m_ids.at(8), m_ids.at(4), m_ids.at(2)}));

    text.text = u"50%"_s; // LIKE wildcards are matched literally
    m->setFilter(text);
    QCOMPARE(m->rowCount(), 0);
}

void TestOutboundDeliveryTableModel::sorts()
{
    if (!open())
        return;
    auto m = model(3);
    m->sort(OutboundDeliveryTableModel::StatusColumn, Qt::AscendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), Seeded);
    int previous = -1;
    for (int row = 0; row < m->rowCount(); ++row) {
        const int status = m->index(row, OutboundDeliveryTableModel::StatusColumn)
                               .data(PagedTableModel::RawValueRole)
                               .toInt();
        QVERIFY2(status >= previous, qPrintable(u"row %1: %2 after %3"_s.arg(row).arg(status).arg(previous)));
        previous = status;
    }
    QCOMPARE(m->index(0, OutboundDeliveryTableModel::StatusColumn).data().toString(), u"No answer"_s);

    m->sort(OutboundDeliveryTableModel::DurationColumn, Qt::DescendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), Seeded);
    qint64 longest = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m->rowCount(); ++row) {
        const qint64 ms = m->index(row, OutboundDeliveryTableModel::DurationColumn)
                              .data(PagedTableModel::RawValueRole)
                              .toLongLong();
        QVERIFY(ms <= longest);
        longest = ms;
    }

    m->sort(OutboundDeliveryTableModel::IntegrationColumn, Qt::AscendingOrder);
    modeltest::fetchAll(*m);
    // Mails have no integration and come first; then "Alpha" before "beta" ignoring case.
    QCOMPARE(m->index(0, OutboundDeliveryTableModel::IntegrationColumn).data().toString(), QString());
    QCOMPARE(m->index(Seeded - 1, OutboundDeliveryTableModel::IntegrationColumn).data().toString(),
             u"beta"_s);
    // The error column cannot be sorted: the sort stays.
    m->sort(OutboundDeliveryTableModel::ErrorColumn, Qt::AscendingOrder);
    QCOMPARE(m->sortColumn(), int(OutboundDeliveryTableModel::IntegrationColumn));
}

void TestOutboundDeliveryTableModel::newDeliveriesAreMergedWithoutReset()
{
    if (!open())
        return;
    auto m = model(2);
    const int shown = m->rowCount();
    QVERIFY(shown < Seeded);
    Delivery late;
    late.created = T0 + 100'000;
    late.status = 0;
    late.error = u"timed out"_s;
    const qint64 added = addDelivery(late);
    QVERIFY(added > 0);

    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m_changes->notify(ChangeNotifier::Topic::Jobs);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m->rowCount(), shown + 1);
    QCOMPARE(m->rowOfId(added), 0);
    QCOMPARE(m->index(0, OutboundDeliveryTableModel::ErrorColumn).data().toString(), u"timed out"_s);
    QCOMPARE(m->rowOfId(m_ids.constLast()), 1);
}

void TestOutboundDeliveryTableModel::rolesHeadersAndHiddenSecrets()
{
    if (!open())
        return;
    auto m = model(50);
    const auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return m->index(m->rowOfId(id), column).data(role);
    };
    // A chat post: the webhook's path is its secret and is never shown, not even in a tooltip.
    const qint64 chat = m_ids.at(5);
    QCOMPARE(cell(chat, OutboundDeliveryTableModel::TargetColumn).toString(),
             u"POST https://hooks.slack.com/…"_s);
    for (int column = 0; column < m->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(PagedTableModel::RawValueRole)})
            QVERIFY(!cell(chat, column, role).toString().contains(u"secret"_s));
    }
    QCOMPARE(cell(chat, OutboundDeliveryTableModel::KindColumn).toString(), u"Chat message"_s);
    QCOMPARE(cell(chat, OutboundDeliveryTableModel::StatusColumn).toString(), u"500"_s);
    QVERIFY(cell(chat, OutboundDeliveryTableModel::StatusColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(chat, OutboundDeliveryTableModel::IntegrationColumn).toString(), u"beta"_s);
    QCOMPARE(cell(chat, 0, OutboundDeliveryTableModel::KindRole).toString(), u"chat_webhook"_s);
    QCOMPARE(cell(chat, 0, OutboundDeliveryTableModel::JobIdRole).toLongLong(), 0);
    QVERIFY(!cell(chat, OutboundDeliveryTableModel::JobColumn).isValid());

    // A mail: the recipient is shown; a refusal keeps its whole error in the tooltip.
    const qint64 mail = m_ids.at(3);
    QCOMPARE(cell(mail, OutboundDeliveryTableModel::TargetColumn).toString(),
             u"SMTP smtp://mail.example.com:25/tech3@example.com"_s);
    QCOMPARE(cell(mail, OutboundDeliveryTableModel::KindColumn).toString(), u"Email"_s);
    QCOMPARE(OutboundDeliveryTableModel::kindText(u"rmm_api"_s), u"RMM API call"_s); // inventory sync calls
    QCOMPARE(cell(mail, OutboundDeliveryTableModel::StatusColumn).toString(), u"No answer"_s);
    QCOMPARE(cell(mail, OutboundDeliveryTableModel::ErrorColumn).toString(), u"connection refused"_s);
    QCOMPARE(cell(mail, OutboundDeliveryTableModel::ErrorColumn, Qt::ToolTipRole).toString(),
             u"connection refused\nafter 3 s"_s);

    const qint64 sent = m_ids.at(6);
    QCOMPARE(cell(sent, OutboundDeliveryTableModel::StatusColumn).toString(), u"250"_s);
    QVERIFY(!cell(sent, OutboundDeliveryTableModel::StatusColumn, Qt::ForegroundRole).isValid());
    QVERIFY(!cell(sent, 0, OutboundDeliveryTableModel::FailedRole).toBool());
    QCOMPARE(cell(sent, OutboundDeliveryTableModel::JobColumn).toLongLong(), m_job);
    QCOMPARE(cell(sent, 0, OutboundDeliveryTableModel::JobIdRole).toLongLong(), m_job);
    QCOMPARE(
        cell(sent, OutboundDeliveryTableModel::CreatedColumn, PagedTableModel::RawValueRole).toLongLong(),
        T0 + 6000);
    QCOMPARE(cell(m_ids.at(2), 0, OutboundDeliveryTableModel::IntegrationIdRole).toLongLong(), m_alpha);

    QCOMPARE(m->columnCount(), int(OutboundDeliveryTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(m->roleNames().contains(OutboundDeliveryTableModel::FailedRole));
}

QTEST_GUILESS_MAIN(TestOutboundDeliveryTableModel)
#include "tst_outbounddeliverytablemodel.moc"
