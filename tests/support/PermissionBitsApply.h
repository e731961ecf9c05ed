#pragma once

namespace comptoir::test {

/**
 * While it lives, permission bits stop this thread even when it runs as root (the tests do):
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH leave the thread's effective capabilities and
 * come back at destruction (they stay permitted). A folder of mode 000 is then unreadable
 * to it, as another user's folder is to a store's workstation. Nothing to do when not root.
 * Processes started meanwhile get their capabilities back (execve): run them through
 * `setpriv --bounding-set=-dac_override,-dac_read_search`.
 */
class PermissionBitsApply {
public:
    PermissionBitsApply();
    ~PermissionBitsApply();
    PermissionBitsApply(const PermissionBitsApply &) = delete;
    PermissionBitsApply &operator=(const PermissionBitsApply &) = delete;

    /** Whether the capabilities were dropped (or there were none to drop). */
    bool active() const { return m_active; }

private:
    bool m_dropped = false;
    bool m_active = false;
};

} // namespace comptoir::test
