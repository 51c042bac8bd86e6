// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ICircuitBreaker} from "./ICircuitBreaker.sol";

/// @title CircuitBreaker
/// @notice An ERC-7265-style token outflow rate limit for protected contracts.
///
///         Each limited token has an allowance per sliding window of `window`
///         seconds: the larger of `shareBps` of a TVL snapshot (the token
///         balance of the token's vault, refreshed at most once per window) and
///         a fixed `baseAllowance` (so small vaults and single users leaving
///         are not throttled; with `shareBps` = 0 it is an absolute cap). An
///         outflow that would take the window's total over the allowance is
///         either reverted (mode Revert: RateLimitExceeded) or delayed (mode
///         Delay: the tokens are held here and the recipient can claim them
///         once `cooldown` seconds have passed, unless the breaker is tripped
///         then or the admin revokes the claim).
///
///         Why a ring of time buckets: the window slides in steps of
///         window/BUCKETS seconds for a fixed storage and gas cost, so capacity
///         comes back gradually as old outflows age out, instead of all at once
///         as with a fixed window that an attacker can straddle.
///
///         Only outflows are counted (ERC-7265 also nets inflows): it is the
///         simplest rule that caps how fast a protocol can be drained, and
///         delayed outflows do not count because they have not left.
///
///         Roles: DEFAULT_ADMIN_ROLE configures limits, cooldown and revokes
///         claims; PROTECTED_ROLE is held by the contracts that report
///         outflows; GUARDIAN_ROLE (a Guardian contract, a responder key or a
///         Safe) can {trip} the breaker, which delays (mode Delay) or refuses
///         every outflow and freezes claims, and {reset} it.
contract CircuitBreaker is ICircuitBreaker, AccessControl {
    using SafeERC20 for IERC20;

    /// @notice May trip and reset the breaker.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice Held by the contracts whose outflows are limited.
    bytes32 public constant PROTECTED_ROLE = keccak256("PROTECTED_ROLE");
    /// @notice Number of time buckets a window is divided into.
    uint256 public constant BUCKETS = 12;
    uint256 private constant BPS = 10_000;

    /// @notice What happens to an outflow over the limit (or to any outflow while tripped).
    enum Mode {
        Delay,
        Revert
    }

    /// @notice Rate limit of one token.
    struct Limit {
        address vault; // whose balance of the token is the TVL
        uint16 shareBps; // share of the TVL snapshot that may leave per window
        uint32 window; // seconds; a multiple of BUCKETS
        Mode mode;
        bool active;
        uint256 baseAllowance; // may always leave per window, whatever the TVL
    }

    /// @notice An outflow held back by the breaker.
    struct Claim {
        address token;
        uint64 releaseAt; // claimable from this timestamp
        bool settled; // claimed or revoked
        address recipient;
        address source; // the protected contract it came from (refunded on revoke)
        uint256 amount;
    }

    struct Bucket {
        uint64 epoch; // block.timestamp / bucket length when it was written
        uint192 amount;
    }

    struct Snapshot {
        uint192 tvl; // capped at type(uint192).max, far above any real balance
        uint64 takenAt; // 0 = take one at the next outflow
    }

    /// @inheritdoc ICircuitBreaker
    bool public tripped;
    /// @notice Seconds a delayed outflow waits before it can be claimed.
    uint32 public cooldown;
    /// @notice Number of claims created so far; claim IDs are 1..claimCount.
    uint256 public claimCount;
    /// @notice Tokens held here for unsettled claims, per token.
    mapping(address token => uint256) public lockedAmount;

    mapping(address token => Limit) private _limits;
    mapping(address token => Snapshot) private _snapshots;
    mapping(address token => Bucket[BUCKETS]) private _buckets;
    mapping(uint256 id => Claim) private _claims;

    event LimitSet(
        address indexed token, address vault, uint16 shareBps, uint256 baseAllowance, uint32 window, Mode mode
    );
    event LimitRemoved(address indexed token);
    event CooldownSet(uint32 previous, uint32 current);
    event TvlSnapshotTaken(address indexed token, uint256 tvl);
    event OutflowRecorded(
        address indexed token,
        address indexed source,
        address indexed recipient,
        uint256 amount,
        uint256 windowOutflow,
        uint256 limit
    );
    event OutflowDelayed(
        uint256 indexed claimId,
        address indexed token,
        address indexed recipient,
        address source,
        uint256 amount,
        uint256 available,
        uint64 releaseAt
    );
    event OutflowClaimed(uint256 indexed claimId, address indexed token, address indexed recipient, uint256 amount);
    event ClaimRevoked(uint256 indexed claimId, address indexed token, address indexed source, uint256 amount);
    event Tripped(address indexed by);
    event Reset(address indexed by);

    error ZeroAddress();
    error InvalidLimit(uint16 shareBps, uint256 baseAllowance);
    error InvalidWindow(uint32 window);
    error NoLimit(address token);
    error RateLimitExceeded(address token, uint256 amount, uint256 available);
    error BreakerTripped();
    error AlreadyTripped();
    error NotTripped();
    error UnknownClaim(uint256 id);
    error ClaimAlreadySettled(uint256 id);
    error ClaimNotReady(uint256 id, uint64 releaseAt);

    constructor(address admin, uint32 cooldown_) {
        if (admin == address(0)) revert ZeroAddress();
        cooldown = cooldown_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        emit CooldownSet(0, cooldown_);
    }

    // ---------------------------------------------------------------------
    // Protected contracts
    // ---------------------------------------------------------------------

    /// @inheritdoc ICircuitBreaker
    function onOutflow(address token, uint256 amount, address recipient)
        external
        onlyRole(PROTECTED_ROLE)
        returns (bool release)
    {
        if (amount == 0) return true;
        Limit memory l = _limits[token];
        if (tripped) {
            if (!l.active || l.mode == Mode.Revert) revert BreakerTripped();
            _delay(token, amount, recipient, 0);
            return false;
        }
        if (!l.active) return true;

        (uint256 tvl, bool stale) = _tvl(token, l);
        if (stale) {
            _snapshots[token] = Snapshot({tvl: uint192(tvl), takenAt: uint64(block.timestamp)});
            emit TvlSnapshotTaken(token, tvl);
        }
        uint256 limit = _allowance(l, tvl);
        uint256 used = _windowOutflow(token, l.window);
        uint256 avail = limit > used ? limit - used : 0;
        if (amount > avail) {
            if (l.mode == Mode.Revert) revert RateLimitExceeded(token, amount, avail);
            _delay(token, amount, recipient, avail);
            return false;
        }
        _record(token, amount, l.window);
        emit OutflowRecorded(token, msg.sender, recipient, amount, used + amount, limit);
        return true;
    }

    // ---------------------------------------------------------------------
    // Guardian
    // ---------------------------------------------------------------------

    /// @inheritdoc ICircuitBreaker
    function trip() external onlyRole(GUARDIAN_ROLE) {
        if (tripped) revert AlreadyTripped();
        tripped = true;
        emit Tripped(msg.sender);
    }

    /// @inheritdoc ICircuitBreaker
    /// @dev Outflow history is kept: the window keeps counting what already left.
    function reset() external onlyRole(GUARDIAN_ROLE) {
        if (!tripped) revert NotTripped();
        tripped = false;
        emit Reset(msg.sender);
    }

    // ---------------------------------------------------------------------
    // Claims
    // ---------------------------------------------------------------------

    /// @notice Pays out delayed outflow `id` to its recipient once its cooldown
    ///         has passed. Anyone may call it; the tokens go to the recipient.
    function claim(uint256 id) external {
        Claim storage c = _claims[id];
        if (c.token == address(0)) revert UnknownClaim(id);
        if (c.settled) revert ClaimAlreadySettled(id);
        if (tripped) revert BreakerTripped();
        if (block.timestamp < c.releaseAt) revert ClaimNotReady(id, c.releaseAt);
        c.settled = true;
        lockedAmount[c.token] -= c.amount;
        IERC20(c.token).safeTransfer(c.recipient, c.amount);
        emit OutflowClaimed(id, c.token, c.recipient, c.amount);
    }

    /// @notice Returns delayed outflow `id` to the protected contract it came
    ///         from (for an outflow the team judges to be an attack). Works
    ///         while tripped, which is when it is needed.
    function revokeClaim(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Claim storage c = _claims[id];
        if (c.token == address(0)) revert UnknownClaim(id);
        if (c.settled) revert ClaimAlreadySettled(id);
        c.settled = true;
        lockedAmount[c.token] -= c.amount;
        IERC20(c.token).safeTransfer(c.source, c.amount);
        emit ClaimRevoked(id, c.token, c.source, c.amount);
    }

    // ---------------------------------------------------------------------
    // Administration
    // ---------------------------------------------------------------------

    /// @notice Limits `token`'s outflows (see the contract notes). Changing
    ///         the window forgets the outflow history; every call retakes the
    ///         TVL snapshot at the next outflow.
    function setLimit(address token, address vault, uint16 shareBps, uint256 baseAllowance, uint32 window, Mode mode)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (token == address(0) || vault == address(0)) revert ZeroAddress();
        if (shareBps > BPS || (shareBps == 0 && baseAllowance == 0)) revert InvalidLimit(shareBps, baseAllowance);
        if (window < BUCKETS || window % BUCKETS != 0) revert InvalidWindow(window);
        if (_limits[token].window != window) delete _buckets[token];
        _limits[token] = Limit({
            vault: vault, shareBps: shareBps, window: window, mode: mode, active: true, baseAllowance: baseAllowance
        });
        delete _snapshots[token];
        emit LimitSet(token, vault, shareBps, baseAllowance, window, mode);
    }

    /// @notice Stops limiting `token` (its outflows pass unless tripped).
    function removeLimit(address token) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_limits[token].active) revert NoLimit(token);
        delete _limits[token];
        delete _buckets[token];
        delete _snapshots[token];
        emit LimitRemoved(token);
    }

    /// @notice Changes the cooldown of outflows delayed from now on.
    function setCooldown(uint32 cooldown_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit CooldownSet(cooldown, cooldown_);
        cooldown = cooldown_;
    }

    // ---------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------

    /// @notice `token`'s configuration (active false when unlimited).
    function limitOf(address token) external view returns (Limit memory) {
        return _limits[token];
    }

    /// @notice What left in the current sliding window.
    function windowOutflow(address token) public view returns (uint256) {
        Limit memory l = _limits[token];
        if (!l.active) return 0;
        return _windowOutflow(token, l.window);
    }

    /// @notice The window's allowance as the next outflow would see it
    ///         (type(uint256).max when `token` is unlimited).
    function currentLimit(address token) public view returns (uint256) {
        Limit memory l = _limits[token];
        if (!l.active) return type(uint256).max;
        (uint256 tvl,) = _tvl(token, l);
        return _allowance(l, tvl);
    }

    /// @notice How much more may leave now without being delayed or refused
    ///         (0 while tripped).
    function available(address token) external view returns (uint256) {
        if (tripped) return 0;
        uint256 limit = currentLimit(token);
        if (limit == type(uint256).max) return limit;
        uint256 used = windowOutflow(token);
        return limit > used ? limit - used : 0;
    }

    /// @notice The stored TVL snapshot of `token` and when it was taken (0 = never / retake).
    function tvlSnapshot(address token) external view returns (uint256 tvl, uint64 takenAt) {
        Snapshot memory snap = _snapshots[token];
        return (snap.tvl, snap.takenAt);
    }

    /// @notice Delayed outflow `id` (token zero when there is no such claim).
    function claimInfo(uint256 id) external view returns (Claim memory) {
        return _claims[id];
    }

    // ---------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------

    function _delay(address token, uint256 amount, address recipient, uint256 avail) private {
        uint256 id = ++claimCount;
        uint64 releaseAt = uint64(block.timestamp) + cooldown;
        _claims[id] = Claim({
            token: token, releaseAt: releaseAt, settled: false, recipient: recipient, source: msg.sender, amount: amount
        });
        lockedAmount[token] += amount;
        emit OutflowDelayed(id, token, recipient, msg.sender, amount, avail, releaseAt);
    }

    /// @dev The TVL the allowance is computed from: the stored snapshot while
    ///      it is younger than the window, else the vault's balance now
    ///      (stale = true: the caller stores it).
    function _tvl(address token, Limit memory l) private view returns (uint256 tvl, bool stale) {
        Snapshot memory snap = _snapshots[token];
        if (snap.takenAt != 0 && block.timestamp < uint256(snap.takenAt) + l.window) return (snap.tvl, false);
        tvl = IERC20(token).balanceOf(l.vault);
        if (tvl > type(uint192).max) tvl = type(uint192).max;
        return (tvl, true);
    }

    function _allowance(Limit memory l, uint256 tvl) private pure returns (uint256) {
        uint256 share = tvl * l.shareBps / BPS;
        return share > l.baseAllowance ? share : l.baseAllowance;
    }

    function _windowOutflow(address token, uint32 window) private view returns (uint256 sum) {
        uint256 epoch = block.timestamp / (window / BUCKETS);
        Bucket[BUCKETS] storage buckets = _buckets[token];
        for (uint256 i = 0; i < BUCKETS; ++i) {
            Bucket memory b = buckets[i];
            // A bucket belongs to the window if it was written in one of the
            // last BUCKETS epochs (the current one included).
            if (uint256(b.epoch) + BUCKETS > epoch) sum += b.amount;
        }
    }

    function _record(address token, uint256 amount, uint32 window) private {
        uint256 epoch = block.timestamp / (window / BUCKETS);
        Bucket storage b = _buckets[token][epoch % BUCKETS];
        if (b.epoch != epoch) {
            b.epoch = SafeCast.toUint64(epoch);
            b.amount = SafeCast.toUint192(amount);
        } else {
            b.amount = SafeCast.toUint192(uint256(b.amount) + amount);
        }
    }
}
