// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title OrchardStaking
/// @notice Stake ORCH, earn ORCH. Rewards accrue per second at `rewardRate`
///         (reward per staked token per second, 1e18 = 100%) and are paid
///         from a reserve the owner funds. The owner can recover tokens sent
///         here by mistake and, in an emergency, evacuate the funds.
///
/// @dev Written to be deployed behind clones, so ownership is set by
///      {initialize} rather than by a constructor.
///
///      KNOWN FLAW (scenario `access-control-owner` of Warden's exploit
///      corpus): {initialize} is meant to run once, right after deployment,
///      but nothing stops a second call: anyone can make themselves owner and
///      then call the owner-only {emergencyWithdraw} to take every staked
///      token. Parity's multisig library (initWallet, July 2017) and Rubixi's
///      renamed constructor are the classic cases.
contract OrchardStaking {
    using SafeERC20 for IERC20;

    IERC20 public immutable token;
    address public owner;
    uint256 public rewardRate;
    /// @notice Tokens set aside to pay rewards (part of this contract's balance).
    uint256 public rewardReserve;
    uint256 public totalStaked;

    mapping(address => uint256) public stakedOf;
    mapping(address => uint256) public pendingRewards;
    mapping(address => uint256) private lastAccrued;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event Staked(address indexed account, uint256 amount);
    event Unstaked(address indexed account, uint256 amount);
    event RewardPaid(address indexed account, uint256 amount);
    event RewardsFunded(uint256 amount);
    event RewardRateUpdated(uint256 previous, uint256 current);
    event EmergencyWithdrawal(address indexed token, address indexed to, uint256 amount);

    error NotOwner(address caller);
    error ZeroAmount();
    error ZeroAddress();
    error InsufficientStake(uint256 requested, uint256 staked);

    constructor(IERC20 token_) {
        token = token_;
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @notice Sets the owner and the reward rate after deployment.
    /// @dev THE FLAW: no "already initialized" check (see contract notes).
    function initialize(address owner_, uint256 rewardRate_) external {
        if (owner_ == address(0)) revert ZeroAddress();
        emit OwnershipTransferred(owner, owner_);
        owner = owner_;
        rewardRate = rewardRate_;
    }

    function stake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        _accrue(msg.sender);
        stakedOf[msg.sender] += amount;
        totalStaked += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, amount);
    }

    function unstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 staked = stakedOf[msg.sender];
        if (amount > staked) revert InsufficientStake(amount, staked);
        _accrue(msg.sender);
        stakedOf[msg.sender] = staked - amount;
        totalStaked -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Unstaked(msg.sender, amount);
    }

    /// @notice Pays the caller's rewards, as far as the reserve allows.
    function claim() external {
        _accrue(msg.sender);
        uint256 due = pendingRewards[msg.sender];
        uint256 paid = due < rewardReserve ? due : rewardReserve;
        if (paid == 0) return;
        pendingRewards[msg.sender] = due - paid;
        rewardReserve -= paid;
        token.safeTransfer(msg.sender, paid);
        emit RewardPaid(msg.sender, paid);
    }

    /// @notice Rewards accrued by `account` and not yet paid.
    function earned(address account) public view returns (uint256) {
        uint256 last = lastAccrued[account];
        if (last == 0) return pendingRewards[account];
        return pendingRewards[account] + stakedOf[account] * rewardRate * (block.timestamp - last) / 1e18;
    }

    function fundRewards(uint256 amount) external onlyOwner {
        rewardReserve += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit RewardsFunded(amount);
    }

    function setRewardRate(uint256 newRate) external onlyOwner {
        emit RewardRateUpdated(rewardRate, newRate);
        rewardRate = newRate;
    }

    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert ZeroAddress();
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice Moves this contract's whole balance of `token_` to `to`.
    function emergencyWithdraw(address token_, address to) external onlyOwner {
        uint256 amount = IERC20(token_).balanceOf(address(this));
        IERC20(token_).safeTransfer(to, amount);
        emit EmergencyWithdrawal(token_, to, amount);
    }

    function _accrue(address account) private {
        pendingRewards[account] = earned(account);
        lastAccrued[account] = block.timestamp;
    }
}
