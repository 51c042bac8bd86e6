// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @notice Chainlink's AggregatorV3Interface, as published.
interface AggregatorV3Interface {
    function decimals() external view returns (uint8);

    function description() external view returns (string memory);

    function version() external view returns (uint256);

    function getRoundData(uint80 _roundId)
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
}

/// @title OracleUSD
/// @notice "Oracle USD" (oUSD), the asset the pool lends.
contract OracleUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Oracle USD", "oUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title OracleWETH
/// @notice Wrapped ether ("Oracle Wrapped Ether", oWETH), the pool's collateral.
contract OracleWETH is ERC20 {
    event Deposit(address indexed dst, uint256 wad);
    event Withdrawal(address indexed src, uint256 wad);

    error EtherTransferFailed(address to);

    constructor() ERC20("Oracle Wrapped Ether", "oWETH") {}

    receive() external payable {
        deposit();
    }

    function deposit() public payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    function withdraw(uint256 wad) external {
        _burn(msg.sender, wad);
        (bool ok,) = msg.sender.call{value: wad}("");
        if (!ok) revert EtherTransferFailed(msg.sender);
        emit Withdrawal(msg.sender, wad);
    }
}

/// @title OracleAggregator
/// @notice A Chainlink-style price feed (8 decimals) written by one updater
///         key (the team's keeper), with Chainlink's events and read API.
contract OracleAggregator is AggregatorV3Interface, Ownable {
    struct Round {
        int256 answer;
        uint64 startedAt;
        uint64 updatedAt;
    }

    uint8 public constant decimals = 8;
    uint256 public constant version = 4;
    string public description;
    address public updater;
    uint80 public latestRound;
    mapping(uint80 roundId => Round) private rounds;

    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);
    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);
    event UpdaterChanged(address indexed previousUpdater, address indexed newUpdater);

    error NotUpdater(address caller);
    error NoSuchRound(uint80 roundId);

    constructor(string memory description_, address updater_, address initialOwner) Ownable(initialOwner) {
        description = description_;
        updater = updater_;
        emit UpdaterChanged(address(0), updater_);
    }

    function submit(int256 answer) external {
        if (msg.sender != updater) revert NotUpdater(msg.sender);
        uint80 id = latestRound + 1;
        latestRound = id;
        rounds[id] = Round({answer: answer, startedAt: uint64(block.timestamp), updatedAt: uint64(block.timestamp)});
        emit NewRound(id, msg.sender, block.timestamp);
        emit AnswerUpdated(answer, id, block.timestamp);
    }

    function setUpdater(address newUpdater) external onlyOwner {
        emit UpdaterChanged(updater, newUpdater);
        updater = newUpdater;
    }

    function getRoundData(uint80 roundId) public view returns (uint80, int256, uint256, uint256, uint80) {
        Round storage r = rounds[roundId];
        if (r.updatedAt == 0) revert NoSuchRound(roundId);
        return (roundId, r.answer, r.startedAt, r.updatedAt, roundId);
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return getRoundData(latestRound);
    }

    function latestAnswer() external view returns (int256) {
        return rounds[latestRound].answer;
    }

    function latestTimestamp() external view returns (uint256) {
        return rounds[latestRound].updatedAt;
    }
}

/// @title OracleLendingPool
/// @notice Lends oUSD against oWETH collateral priced by an OracleAggregator
///         feed: lenders supply oUSD, borrowers borrow up to the LTV, and
///         positions past the liquidation threshold can be liquidated (half
///         the debt at a time, with a bonus in collateral).
/// @dev VULNERABILITY (deliberate, corpus scenario "oracle-manipulation"):
///      `collateralPrice` takes `latestRoundData().answer` as it is: no
///      staleness check (`updatedAt`), no deviation bound against the
///      previous round or a second source, not even `answer > 0`. Whoever
///      controls the feed's updater (a compromised or buggy keeper) sets
///      what the collateral is worth (Mango Markets, Inverse Finance,
///      Compound's DAI oracle incident).
contract OracleLendingPool is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;

    IERC20 public immutable collateral;
    IERC20 public immutable asset;
    AggregatorV3Interface public immutable feed;

    uint256 public ltvBps = 7_500;
    uint256 public liquidationThresholdBps = 8_000;
    uint256 public liquidationBonusBps = 500;
    uint256 public constant CLOSE_FACTOR_BPS = 5_000;

    uint256 public totalSupplied;
    uint256 public totalBorrowed;
    mapping(address account => uint256) public supplied;
    mapping(address account => uint256) public collateralOf;
    mapping(address account => uint256) public debtOf;

    event Supply(address indexed account, uint256 amount);
    event Withdraw(address indexed account, uint256 amount);
    event CollateralDeposited(address indexed account, uint256 amount);
    event CollateralWithdrawn(address indexed account, uint256 amount);
    event Borrow(address indexed account, uint256 amount);
    event Repay(address indexed account, uint256 amount);
    event Liquidation(address indexed liquidator, address indexed borrower, uint256 repaid, uint256 seized);
    event RiskParametersChanged(uint256 ltvBps, uint256 liquidationThresholdBps, uint256 liquidationBonusBps);

    error ZeroAmount();
    error Insufficient(address account, uint256 available, uint256 amount);
    error Undercollateralized(address account, uint256 debt, uint256 limit);
    error Healthy(address account);
    error RepayTooLarge(uint256 amount, uint256 max);
    error BadParameters();

    constructor(IERC20 collateral_, IERC20 asset_, AggregatorV3Interface feed_, address initialOwner)
        Ownable(initialOwner)
    {
        collateral = collateral_;
        asset = asset_;
        feed = feed_;
    }

    /// @notice oUSD (18 decimals) per whole oWETH, from the feed's 8 decimals.
    function collateralPrice() public view returns (uint256) {
        (, int256 answer,,,) = feed.latestRoundData();
        return uint256(answer) * 1e10;
    }

    function collateralValue(address account) public view returns (uint256) {
        return collateralOf[account] * collateralPrice() / 1e18;
    }

    function borrowLimit(address account) public view returns (uint256) {
        return collateralValue(account) * ltvBps / BPS;
    }

    function isLiquidatable(address account) public view returns (bool) {
        return debtOf[account] * BPS > collateralValue(account) * liquidationThresholdBps;
    }

    function supply(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        supplied[msg.sender] += amount;
        totalSupplied += amount;
        asset.safeTransferFrom(msg.sender, address(this), amount);
        emit Supply(msg.sender, amount);
    }

    function withdraw(uint256 amount) external nonReentrant {
        uint256 s = supplied[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (s < amount) revert Insufficient(msg.sender, s, amount);
        supplied[msg.sender] = s - amount;
        totalSupplied -= amount;
        asset.safeTransfer(msg.sender, amount);
        emit Withdraw(msg.sender, amount);
    }

    function depositCollateral(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        collateralOf[msg.sender] += amount;
        collateral.safeTransferFrom(msg.sender, address(this), amount);
        emit CollateralDeposited(msg.sender, amount);
    }

    function withdrawCollateral(uint256 amount) external nonReentrant {
        uint256 c = collateralOf[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (c < amount) revert Insufficient(msg.sender, c, amount);
        collateralOf[msg.sender] = c - amount;
        _requireHealthy(msg.sender);
        collateral.safeTransfer(msg.sender, amount);
        emit CollateralWithdrawn(msg.sender, amount);
    }

    function borrow(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        debtOf[msg.sender] += amount;
        totalBorrowed += amount;
        _requireHealthy(msg.sender);
        asset.safeTransfer(msg.sender, amount);
        emit Borrow(msg.sender, amount);
    }

    function repay(uint256 amount) external nonReentrant {
        uint256 d = debtOf[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (d < amount) revert RepayTooLarge(amount, d);
        debtOf[msg.sender] = d - amount;
        totalBorrowed -= amount;
        asset.safeTransferFrom(msg.sender, address(this), amount);
        emit Repay(msg.sender, amount);
    }

    /// @notice Repays up to half of `borrower`'s debt and seizes collateral
    ///         worth the repayment plus the liquidation bonus.
    function liquidate(address borrower, uint256 repayAmount) external nonReentrant {
        if (!isLiquidatable(borrower)) revert Healthy(borrower);
        uint256 d = debtOf[borrower];
        uint256 maxRepay = d * CLOSE_FACTOR_BPS / BPS;
        if (repayAmount == 0 || repayAmount > maxRepay) revert RepayTooLarge(repayAmount, maxRepay);
        uint256 seize = repayAmount * 1e18 / collateralPrice() * (BPS + liquidationBonusBps) / BPS;
        uint256 c = collateralOf[borrower];
        if (seize > c) seize = c;
        debtOf[borrower] = d - repayAmount;
        totalBorrowed -= repayAmount;
        collateralOf[borrower] = c - seize;
        asset.safeTransferFrom(msg.sender, address(this), repayAmount);
        collateral.safeTransfer(msg.sender, seize);
        emit Liquidation(msg.sender, borrower, repayAmount, seize);
    }

    function setRiskParameters(uint256 ltv, uint256 threshold, uint256 bonus) external onlyOwner {
        if (ltv >= threshold || threshold > 9_000 || bonus > 1_500) revert BadParameters();
        ltvBps = ltv;
        liquidationThresholdBps = threshold;
        liquidationBonusBps = bonus;
        emit RiskParametersChanged(ltv, threshold, bonus);
    }

    function _requireHealthy(address account) private view {
        uint256 limit = borrowLimit(account);
        if (debtOf[account] > limit) revert Undercollateralized(account, debtOf[account], limit);
    }
}
