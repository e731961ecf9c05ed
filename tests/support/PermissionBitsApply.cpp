#include "PermissionBitsApply.h"

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace comptoir::test {

namespace {

constexpr unsigned kDacBits = (1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH);

bool setEffectiveDac(bool on)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0}; // 0: this thread
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    data[0].effective = on ? (data[0].effective | (data[0].permitted & kDacBits)) : (data[0].effective & ~kDacBits);
    return ::syscall(SYS_capset, &header, data) == 0;
}

} // namespace

PermissionBitsApply::PermissionBitsApply()
{
    if (::geteuid() != 0) {
        m_active = true; // permission bits apply already
        return;
    }
    m_dropped = setEffectiveDac(false);
    m_active = m_dropped;
}

PermissionBitsApply::~PermissionBitsApply()
{
    if (m_dropped)
        setEffectiveDac(true);
}

} // namespace comptoir::test
