// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ICircuitBreaker
/// @notice What a protected contract (and the Guardian) needs of the
///         ERC-7265-style {CircuitBreaker}.
interface ICircuitBreaker {
    /// @notice Reports that `amount` of `token` is about to leave the calling
    ///         protected contract for `recipient`.
    /// @return release True: send the tokens to `recipient` now. False: the
    ///         outflow is over the limit and delayed; the caller MUST transfer
    ///         `amount` to the breaker instead, in the same call, where
    ///         `recipient` can claim it after the cooldown. An outflow that must
    ///         not happen at all reverts (RateLimitExceeded, BreakerTripped).
    function onOutflow(address token, uint256 amount, address recipient) external returns (bool release);

    /// @notice Delays or refuses every outflow until {reset}.
    function trip() external;

    /// @notice Ends a {trip}.
    function reset() external;

    /// @notice Whether the breaker is tripped.
    function tripped() external view returns (bool);
}
