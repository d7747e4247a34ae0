#include "qrimagewriter.h"
#include "support/processrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kData = QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture");

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        objects.append(document.object());
    }
    return objects;
}
} // namespace

/// `leaddesk-cli capture FILE` run as a process: no platform, no credentials.
class TestCaptureCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ProcessRunner::Outcome capture(const QStringList &args)
    {
        // An empty environment: capture must not need a platform or a secret.
        return ProcessRunner::run(QStringLiteral("leaddesk-cli"),
                                  QStringList {QStringLiteral("capture")} + args);
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void severalCardsOneLineEach()
    {
        const auto run = capture({kData + "/vcard/three-cards.vcf"});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> bodies = jsonLines(run.out);
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0),
                 QJsonObject({{"firstName", "James"},
                              {"lastName", "O'Connor"},
                              {"email", "james.oconnor@brightsidetravel.co.uk"},
                              {"phone", "07700 900123"}}));
        QCOMPARE(bodies.at(1).value("lastName").toString(), QStringLiteral("Lefèvre"));
        QCOMPARE(bodies.at(2).value("phone").toString(), QStringLiteral("(07) 5555 0123"));
        QVERIFY(run.err.isEmpty());
    }

    void companyBodyWithPrimaryContact()
    {
        const auto run = capture({"--kind", "company", kData + "/vcard/apple-3.0.vcf"});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> bodies = jsonLines(run.out);
        QCOMPARE(bodies.size(), 1);
        const QJsonObject &company = bodies.first();
        QCOMPARE(company.value("businessName").toString(),
                 QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(company.value("phone").toString(), QStringLiteral("+61 2 9251 4400"));
        QCOMPARE(company.value("fax").toString(), QStringLiteral("+61 2 9251 4401"));
        QCOMPARE(company.value("address").toObject(),
                 QJsonObject({{"line1", "Level 4"},
                              {"line2", "88 George Street"},
                              {"city", "Sydney"},
                              {"postalCode", "2000"},
                              {"countryCode", "AU"},
                              {"stateCode", "NSW"}}));
        QCOMPARE(company.value("primaryContact").toObject().value("email").toString(),
                 QStringLiteral("sarah.mitchell@harbourviewevents.com.au"));
    }

    void badgeImage()
    {
        const QString path = file("badge.png",
                                  QrImageWriter::badgePng("MECARD:N:Nguyen,Tom;TEL:0423 118 902;"
                                                          "EMAIL:tom@coastalvenues.com.au;;"));
        const auto run = capture({path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out),
                 QList<QJsonObject>({QJsonObject({{"firstName", "Tom"},
                                                  {"lastName", "Nguyen"},
                                                  {"email", "tom@coastalvenues.com.au"},
                                                  {"phone", "0423 118 902"}})}));
    }

    void signatureText()
    {
        const auto run = capture({kData + "/signatures/de-01-gmbh-co-kg.txt"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out),
                 QList<QJsonObject>({QJsonObject({{"firstName", "Anna-Lena"},
                                                  {"lastName", "Schäfer"},
                                                  {"email", "a.schaefer@hofmann-vt.de"},
                                                  {"phone", "+49 171 2345678"}})}));
    }

    void standardInput()
    {
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment());
        process.start(ProcessRunner::binary("leaddesk-cli"), {"capture", "-"});
        QVERIFY(process.waitForStarted());
        process.write("BEGIN:VCARD\nN:Smith;Jane\nEMAIL:jane@example.com\nEND:VCARD\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(jsonLines(process.readAllStandardOutput()).value(0).value("email").toString(),
                 QStringLiteral("jane@example.com"));
    }

    void nothingRecognisedIsExit2WithOneLine()
    {
        const QString prose = file("prose.txt", "Dear team,\nthe venue looks great.\n");
        const QString blank = file("blank.png", QrImageWriter::blankPng(120, 80));
        for (const QString &path : {prose, blank}) {
            const auto run = capture({path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.startsWith("leaddesk-cli: "), run.err.constData());
        }
        const auto noCompany = capture({"--kind", "company", kData + "/mecard/badge.txt"});
        QCOMPARE(noCompany.exitCode, 0); // the MECARD names its company
        const QString person = file("person.vcf", "BEGIN:VCARD\nN:Smith;Jane\nEND:VCARD\n");
        const auto none = capture({"--kind", "company", person});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err.count('\n'), 1);
    }

    void missingFileAndUsage()
    {
        const auto missing = capture({m_dir.filePath("nope.vcf")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count('\n'), 1);
        const auto noFile = ProcessRunner::run("leaddesk-cli", {"capture"});
        QCOMPARE(noFile.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCaptureCli)
#include "tst_capturecli.moc"
