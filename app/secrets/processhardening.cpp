#include "secrets/processhardening.h"

#include "secrets/secretslog.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define LEADDESK_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEADDESK_UNDER_SANITIZER 1
#endif
#endif

bool ProcessHardening::keepsDumpableForSanitizer()
{
#ifdef LEADDESK_UNDER_SANITIZER
    return true;
#else
    return false;
#endif
}

bool ProcessHardening::disableCoreDumps()
{
    bool ok = true;
#ifdef Q_OS_UNIX
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcSecrets) << "could not set the core size limit to 0";
        ok = false;
    }
#endif
#ifdef Q_OS_LINUX
    if (!keepsDumpableForSanitizer() && prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcSecrets) << "could not make the process undumpable";
        ok = false;
    }
#endif
    return ok;
}

ProcessHardening::State ProcessHardening::state()
{
    State state;
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0)
        state.coreLimitZero = limit.rlim_cur == 0 && limit.rlim_max == 0;
#endif
#ifdef Q_OS_LINUX
    state.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#endif
    return state;
}

QString ProcessHardening::State::describe() const
{
    const bool off = coreLimitZero && dumpable <= 0;
    return QStringLiteral("core dumps %1 (core size limit %2, dumpable %3)")
        .arg(off ? QLatin1String("off") : QLatin1String("on"),
             coreLimitZero ? QLatin1String("0") : QLatin1String("not 0"))
        .arg(dumpable);
}

void ProcessHardening::reportIfAsked()
{
    if (qEnvironmentVariableIntValue("LEADDESK_REPORT_CORE_DUMPS") != 1)
        return;
    const QByteArray line = state().describe().toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}
