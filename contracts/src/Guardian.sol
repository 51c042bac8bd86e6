// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

import {ICircuitBreaker} from "./ICircuitBreaker.sol";

/// @notice The two functions of an OpenZeppelin Pausable contract the Guardian uses.
interface IPausable {
    function pause() external;
    function paused() external view returns (bool);
}

/// @title Guardian
/// @notice Holds the pauser role on every contract of a protocol and pauses
///         them all in one transaction, so one signature (a responder key or a
///         Safe holding GUARDIAN_ROLE) contains the whole protocol. It can also
///         trip and reset circuit breakers that grant it their GUARDIAN_ROLE.
///
///         The Guardian can only stop things: unpausing stays with each
///         target's own admin, so a stolen guardian key buys an attacker a
///         pause, never a resumption.
///
///         The Guardian is itself Pausable-shaped: pause() is {pauseAll} and
///         paused() is {allPaused}, so whatever drives an OpenZeppelin Pausable
///         (Warden's pause action, or a parent Guardian over several
///         protocols) drives a whole protocol through it unchanged.
///
///         Roles: DEFAULT_ADMIN_ROLE (the protocol team or its multisig) keeps
///         the target registry; GUARDIAN_ROLE pauses and trips.
contract Guardian is AccessControl, IPausable {
    /// @notice May pause targets and trip or reset breakers.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice Registry bound, so {pauseAll} always fits in a block.
    uint256 public constant MAX_TARGETS = 32;
    /// @dev Revert data kept from a failing target, so one target cannot make
    ///      pauseAll run out of gas copying its return data.
    uint256 private constant MAX_REASON = 256;

    address[] private _targets;
    mapping(address target => uint256) private _position; // index in _targets + 1; 0 = absent

    event TargetAdded(address indexed target);
    event TargetRemoved(address indexed target);
    /// @dev Not named Paused(address): that topic is OpenZeppelin Pausable's
    ///      own event, and a reader would take it for the Guardian being paused.
    event TargetPaused(address indexed target, address indexed by);
    event PauseFailed(address indexed target, bytes reason);
    event PausedAll(address indexed by, uint256 paused, uint256 alreadyPaused, uint256 failed);
    event BreakerTripForwarded(address indexed breaker, address indexed by);
    event BreakerResetForwarded(address indexed breaker, address indexed by);

    error ZeroAddress();
    error NotPausable(address target);
    error TargetAlreadyRegistered(address target);
    error UnknownTarget(address target);
    error TooManyTargets(uint256 max);
    error NoTargets();
    error TargetPauseFailed(address target, bytes reason);

    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------------
    // Guardian
    // ---------------------------------------------------------------------

    /// @notice Pauses every registered target that is not paused yet. A target
    ///         whose pause fails (missing role, reverting, no effect) is
    ///         reported with PauseFailed and does not stop the others.
    /// @return pausedCount Targets this call paused.
    /// @return failedCount Targets that are still not paused.
    function pauseAll() external onlyRole(GUARDIAN_ROLE) returns (uint256 pausedCount, uint256 failedCount) {
        return _pauseAll();
    }

    /// @notice {pauseAll} under the Pausable name (see the contract notes).
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pauseAll();
    }

    /// @notice Pauses one registered target; reverts with TargetPauseFailed
    ///         (carrying the target's own revert data) when that fails.
    function pauseTarget(address target) external onlyRole(GUARDIAN_ROLE) {
        if (_position[target] == 0) revert UnknownTarget(target);
        (bool ok, bytes memory reason) = _tryPause(target);
        if (!ok) revert TargetPauseFailed(target, reason);
        emit TargetPaused(target, msg.sender);
    }

    /// @notice Trips `breaker` (the Guardian must hold its GUARDIAN_ROLE);
    ///         the breaker's own error is passed on when it refuses.
    function tripBreaker(ICircuitBreaker breaker) external onlyRole(GUARDIAN_ROLE) {
        if (address(breaker) == address(0)) revert ZeroAddress();
        breaker.trip();
        emit BreakerTripForwarded(address(breaker), msg.sender);
    }

    /// @notice Resets `breaker` after a trip.
    function resetBreaker(ICircuitBreaker breaker) external onlyRole(GUARDIAN_ROLE) {
        if (address(breaker) == address(0)) revert ZeroAddress();
        breaker.reset();
        emit BreakerResetForwarded(address(breaker), msg.sender);
    }

    // ---------------------------------------------------------------------
    // Administration
    // ---------------------------------------------------------------------

    /// @notice Registers `target`, which must answer paused().
    function addTarget(address target) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (target == address(0)) revert ZeroAddress();
        // Itself as a target would make paused() recurse until out of gas.
        if (target == address(this)) revert NotPausable(target);
        if (_position[target] != 0) revert TargetAlreadyRegistered(target);
        if (_targets.length >= MAX_TARGETS) revert TooManyTargets(MAX_TARGETS);
        (bool readable,) = _pausedState(target);
        if (!readable) revert NotPausable(target);
        _targets.push(target);
        _position[target] = _targets.length;
        emit TargetAdded(target);
    }

    /// @notice Unregisters `target` (the last target takes its place).
    function removeTarget(address target) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 pos = _position[target];
        if (pos == 0) revert UnknownTarget(target);
        address last = _targets[_targets.length - 1];
        _targets[pos - 1] = last;
        _position[last] = pos;
        _targets.pop();
        delete _position[target];
        emit TargetRemoved(target);
    }

    // ---------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------

    /// @notice The registered targets, in pause order.
    function targets() external view returns (address[] memory) {
        return _targets;
    }

    /// @notice Whether `target` is registered.
    function isTarget(address target) external view returns (bool) {
        return _position[target] != 0;
    }

    /// @notice True when there is at least one target and every target
    ///         reports paused(): what a responder checks after {pauseAll}.
    function allPaused() external view returns (bool) {
        return _allPaused();
    }

    /// @notice {allPaused} under the Pausable name (see the contract notes).
    function paused() external view returns (bool) {
        return _allPaused();
    }

    /// @notice Every target with its paused() answer (false when unreadable),
    ///         so one eth_call tells a responder which targets still run.
    function pauseStates() external view returns (address[] memory targets_, bool[] memory paused_) {
        uint256 n = _targets.length;
        targets_ = _targets;
        paused_ = new bool[](n);
        for (uint256 i = 0; i < n; ++i) {
            (, paused_[i]) = _pausedState(targets_[i]);
        }
    }

    // ---------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------

    function _pauseAll() private returns (uint256 pausedCount, uint256 failedCount) {
        uint256 n = _targets.length;
        if (n == 0) revert NoTargets();
        uint256 alreadyPaused;
        for (uint256 i = 0; i < n; ++i) {
            address target = _targets[i];
            (bool readable, bool isPaused) = _pausedState(target);
            if (readable && isPaused) {
                ++alreadyPaused;
                continue;
            }
            (bool ok, bytes memory reason) = _tryPause(target);
            if (ok) {
                ++pausedCount;
                emit TargetPaused(target, msg.sender);
            } else {
                ++failedCount;
                emit PauseFailed(target, reason);
            }
        }
        emit PausedAll(msg.sender, pausedCount, alreadyPaused, failedCount);
    }

    function _allPaused() private view returns (bool) {
        uint256 n = _targets.length;
        if (n == 0) return false;
        for (uint256 i = 0; i < n; ++i) {
            (bool readable, bool isPaused) = _pausedState(_targets[i]);
            if (!readable || !isPaused) return false;
        }
        return true;
    }

    /// @dev paused() by staticcall; readable is false when the call fails or
    ///      does not return one word (no code, not Pausable).
    function _pausedState(address target) private view returns (bool readable, bool isPaused) {
        (bool ok, bytes memory ret) = target.staticcall(abi.encodeCall(IPausable.paused, ()));
        if (!ok || ret.length != 32) return (false, false);
        uint256 word = abi.decode(ret, (uint256));
        if (word > 1) return (false, false);
        return (true, word == 1);
    }

    /// @dev Calls pause() without letting the target revert this call, then
    ///      checks that paused() turned true. Keeps at most MAX_REASON bytes of
    ///      revert data.
    function _tryPause(address target) private returns (bool ok, bytes memory reason) {
        if (target.code.length == 0) return (false, abi.encodeWithSelector(NotPausable.selector, target));
        bytes4 selector = IPausable.pause.selector;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            ok := call(gas(), target, 0, ptr, 4, 0, 0)
            let size := returndatasize()
            if gt(size, MAX_REASON) { size := MAX_REASON }
            reason := ptr
            mstore(reason, size)
            returndatacopy(add(reason, 0x20), 0, size)
            mstore(0x40, add(add(reason, 0x20), and(add(size, 31), not(31))))
        }
        if (!ok) return (false, reason);
        (bool readable, bool isPaused) = _pausedState(target);
        if (!readable || !isPaused) return (false, abi.encodeWithSelector(NotPausable.selector, target));
        return (true, "");
    }
}
