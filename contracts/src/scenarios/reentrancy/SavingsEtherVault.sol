// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title SavingsEtherVault
/// @notice A plain ETH savings vault: users deposit ETH and withdraw it again
///         whenever they like. The owner tunes the per-deposit limit.
///
/// @dev KNOWN FLAW (scenario `reentrancy-single` of Warden's exploit corpus):
///      {withdraw} reads the caller's balance, sends the ETH, and only then
///      writes back the balance it read before the call. A contract that
///      re-enters {withdraw} from its receive() sees the old balance every
///      time and is paid again and again; when the calls unwind each writes
///      the same stale value. This is The DAO's splitDAO bug (2016) and that
///      of its many forks.
contract SavingsEtherVault is Ownable {
    /// @notice ETH credited to each depositor.
    mapping(address => uint256) public balanceOf;
    /// @notice Sum of all balances (bookkeeping; the vault's ETH should match it).
    uint256 public totalDeposits;
    /// @notice Largest single deposit accepted.
    uint256 public maxDeposit;

    event Deposit(address indexed account, uint256 amount);
    event Withdrawal(address indexed account, uint256 amount);
    event MaxDepositUpdated(uint256 previous, uint256 current);

    error ZeroAmount();
    error DepositTooLarge(uint256 amount, uint256 max);
    error InsufficientBalance(uint256 requested, uint256 available);
    error EtherTransferFailed();

    constructor(address initialOwner, uint256 maxDeposit_) Ownable(initialOwner) {
        maxDeposit = maxDeposit_;
    }

    /// @notice Credits msg.value to the caller.
    function deposit() external payable {
        if (msg.value == 0) revert ZeroAmount();
        if (msg.value > maxDeposit) revert DepositTooLarge(msg.value, maxDeposit);
        balanceOf[msg.sender] += msg.value;
        totalDeposits += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Sends `amount` of the caller's balance back to it.
    function withdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 balance = balanceOf[msg.sender];
        if (amount > balance) revert InsufficientBalance(amount, balance);
        // THE FLAW: the interaction comes before the effects below, and the
        // effects use `balance` read before it.
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert EtherTransferFailed();
        balanceOf[msg.sender] = balance - amount;
        totalDeposits -= amount;
        emit Withdrawal(msg.sender, amount);
    }

    /// @notice Changes the largest accepted deposit.
    function setMaxDeposit(uint256 newMax) external onlyOwner {
        emit MaxDepositUpdated(maxDeposit, newMax);
        maxDeposit = newMax;
    }
}
