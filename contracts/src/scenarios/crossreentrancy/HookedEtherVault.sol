// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title HookedEtherVault
/// @notice A savings account for hETH: users deposit hETH, move their
///         balance to other users inside the vault (cheap internal
///         transfers, like a bank's book transfer) and withdraw.
///
/// @dev KNOWN FLAW (scenario `reentrancy-cross-function` of Warden's exploit
///      corpus): {deposit} and {withdraw} are guarded by `nonReentrant`, but
///      {withdraw} still pays out before it writes back the balance it read
///      first, and {transfer} is NOT guarded. hETH calls the recipient's hook
///      during the payout, so a contract can re-enter {transfer} and move the
///      balance it is being paid for to an accomplice; the stale write-back
///      then leaves the accomplice holding a balance the vault has already
///      paid out. The guard on one function does not protect the state the
///      other functions share (Lendf.Me with imBTC, April 2020; Cream with
///      AMP, August 2021).
contract HookedEtherVault is AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    IERC20 public immutable token;
    /// @notice hETH credited to each account.
    mapping(address => uint256) public balanceOf;
    /// @notice Sum of all balances.
    uint256 public totalSupply;
    /// @notice Most the vault accepts in total.
    uint256 public depositCap;

    event Deposit(address indexed account, uint256 amount);
    event Withdraw(address indexed account, uint256 amount);
    event Transfer(address indexed from, address indexed to, uint256 amount);
    event DepositCapUpdated(uint256 previous, uint256 current);

    error ZeroAmount();
    error ZeroAddress();
    error CapExceeded(uint256 totalAfter, uint256 cap);
    error InsufficientBalance(uint256 requested, uint256 available);

    constructor(IERC20 token_, address admin, uint256 depositCap_) {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        token = token_;
        depositCap = depositCap_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, admin);
    }

    /// @notice Moves `amount` hETH from the caller into the vault.
    function deposit(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 totalAfter = totalSupply + amount;
        if (totalAfter > depositCap) revert CapExceeded(totalAfter, depositCap);
        balanceOf[msg.sender] += amount;
        totalSupply = totalAfter;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposit(msg.sender, amount);
    }

    /// @notice Pays `amount` of the caller's balance out in hETH.
    function withdraw(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 balance = balanceOf[msg.sender];
        if (amount > balance) revert InsufficientBalance(amount, balance);
        // THE FLAW: paying out first hands control to the recipient's hook
        // while `balance` is still on the books (see contract notes).
        token.safeTransfer(msg.sender, amount);
        balanceOf[msg.sender] = balance - amount;
        totalSupply -= amount;
        emit Withdraw(msg.sender, amount);
    }

    /// @notice Moves `amount` of the caller's balance to `to` inside the vault.
    function transfer(address to, uint256 amount) external whenNotPaused returns (bool) {
        if (to == address(0)) revert ZeroAddress();
        uint256 balance = balanceOf[msg.sender];
        if (amount > balance) revert InsufficientBalance(amount, balance);
        balanceOf[msg.sender] = balance - amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function setDepositCap(uint256 newCap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit DepositCapUpdated(depositCap, newCap);
        depositCap = newCap;
    }

    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }
}
