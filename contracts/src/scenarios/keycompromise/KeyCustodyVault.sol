// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title KeyCustodyUSD
/// @notice The stablecoin the custody vault holds ("Custody USD", cUSD).
contract KeyCustodyUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Custody USD", "cUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title KeyCustodyVault
/// @notice A custody vault (a bridge's lockbox) for cUSD and ETH. Users
///         deposit and withdraw (withdrawals pay a small fee); the owner, an
///         operations EOA, sets the fee, collects it, and may move funds in
///         an emergency (migrations, incident response).
/// @dev No code flaw: in the corpus scenario "key-compromise" the owner's
///      private key is stolen (Ronin, Harmony, Multichain), and the thief
///      uses exactly these owner functions.
contract KeyCustodyVault is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 public constant MAX_FEE_BPS = 50;

    IERC20 public immutable token;
    uint256 public withdrawFeeBps;
    uint256 public accruedFees;
    mapping(address account => uint256) public tokenBalance;
    mapping(address account => uint256) public etherBalance;

    event Deposit(address indexed account, address indexed asset, uint256 amount);
    event Withdraw(address indexed account, address indexed asset, uint256 amount, uint256 fee);
    event WithdrawFeeChanged(uint256 previousBps, uint256 newBps);
    event FeesCollected(address indexed to, uint256 amount);
    event EmergencyWithdrawal(address indexed asset, address indexed to, uint256 amount);

    error ZeroAmount();
    error InsufficientBalance(address account, uint256 balance, uint256 amount);
    error FeeTooHigh(uint256 bps);
    error EtherTransferFailed(address to);

    constructor(IERC20 token_, address initialOwner, uint256 feeBps) Ownable(initialOwner) {
        token = token_;
        withdrawFeeBps = feeBps;
    }

    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        tokenBalance[msg.sender] += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposit(msg.sender, address(token), amount);
    }

    function depositEther() external payable nonReentrant {
        if (msg.value == 0) revert ZeroAmount();
        etherBalance[msg.sender] += msg.value;
        emit Deposit(msg.sender, address(0), msg.value);
    }

    function withdraw(uint256 amount) external nonReentrant {
        uint256 bal = tokenBalance[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (bal < amount) revert InsufficientBalance(msg.sender, bal, amount);
        tokenBalance[msg.sender] = bal - amount;
        uint256 fee = amount * withdrawFeeBps / 10_000;
        accruedFees += fee;
        token.safeTransfer(msg.sender, amount - fee);
        emit Withdraw(msg.sender, address(token), amount, fee);
    }

    function withdrawEther(uint256 amount) external nonReentrant {
        uint256 bal = etherBalance[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (bal < amount) revert InsufficientBalance(msg.sender, bal, amount);
        etherBalance[msg.sender] = bal - amount;
        _sendEther(msg.sender, amount);
        emit Withdraw(msg.sender, address(0), amount, 0);
    }

    function setWithdrawFee(uint256 bps) external onlyOwner {
        if (bps > MAX_FEE_BPS) revert FeeTooHigh(bps);
        emit WithdrawFeeChanged(withdrawFeeBps, bps);
        withdrawFeeBps = bps;
    }

    function collectFees(address to) external onlyOwner {
        uint256 f = accruedFees;
        accruedFees = 0;
        token.safeTransfer(to, f);
        emit FeesCollected(to, f);
    }

    /// @notice Moves `amount` of `asset` (address(0) = ETH) to `to`.
    function emergencyWithdraw(address asset, address to, uint256 amount) external onlyOwner nonReentrant {
        if (asset == address(0)) _sendEther(to, amount);
        else IERC20(asset).safeTransfer(to, amount);
        emit EmergencyWithdrawal(asset, to, amount);
    }

    function _sendEther(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert EtherTransferFailed(to);
    }
}
