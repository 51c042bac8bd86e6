// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20FlashMint} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20FlashMint.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title RoundingUSD
/// @notice "Round USD" (rUSD), the stablecoin lent and borrowed in the market.
contract RoundingUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Round USD", "rUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title RoundingBTC
/// @notice "Round BTC" (rBTC), an 8-decimal BTC stand-in used as collateral.
contract RoundingBTC is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Round BTC", "rBTC") Ownable(initialOwner) {}

    function decimals() public pure override returns (uint8) {
        return 8;
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title RoundingWETH10
/// @notice Wrapped ether with fee-free ERC-3156 flash minting, like WETH10.
contract RoundingWETH10 is ERC20, ERC20FlashMint {
    event Deposit(address indexed dst, uint256 wad);
    event Withdrawal(address indexed src, uint256 wad);

    error EtherTransferFailed(address to);

    constructor() ERC20("Wrapped Ether 10", "WETH10") {}

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

interface IRoundingMarket {
    function getAccountSnapshot(address account) external view returns (uint256 shares, uint256 debt, uint256 rate);
}

/// @title RoundingComptroller
/// @notice The risk engine of a Compound-V2-style lending protocol: listed
///         markets, collateral factors, the owner-kept price list, account
///         liquidity, and the checks markets ask before redeems and borrows.
contract RoundingComptroller is Ownable {
    uint256 private constant MANTISSA = 1e18;
    uint256 public constant MAX_COLLATERAL_FACTOR = 0.9e18;

    struct Market {
        bool listed;
        uint256 collateralFactor; // 1e18 = 100%
        uint256 price; // USD value (1e18 = $1) of one underlying base unit, times 1e18
    }

    mapping(address market => Market) public markets;
    mapping(address account => address[]) private accountAssets;
    mapping(address account => mapping(address market => bool)) public membership;
    address[] public allMarkets;

    event MarketListed(address indexed market, uint256 collateralFactor, uint256 price);
    event CollateralFactorChanged(address indexed market, uint256 previous, uint256 current);
    event PriceUpdated(address indexed market, uint256 previous, uint256 current);
    event MarketEntered(address indexed market, address indexed account);

    error NotListed(address market);
    error AlreadyListed(address market);
    error FactorTooHigh(uint256 factor);
    error InsufficientLiquidity(address account, uint256 shortfall);

    constructor(address initialOwner) Ownable(initialOwner) {}

    function listMarket(address market, uint256 collateralFactor, uint256 price) external onlyOwner {
        if (markets[market].listed) revert AlreadyListed(market);
        if (collateralFactor > MAX_COLLATERAL_FACTOR) revert FactorTooHigh(collateralFactor);
        markets[market] = Market({listed: true, collateralFactor: collateralFactor, price: price});
        allMarkets.push(market);
        emit MarketListed(market, collateralFactor, price);
    }

    function setCollateralFactor(address market, uint256 factor) external onlyOwner {
        if (!markets[market].listed) revert NotListed(market);
        if (factor > MAX_COLLATERAL_FACTOR) revert FactorTooHigh(factor);
        emit CollateralFactorChanged(market, markets[market].collateralFactor, factor);
        markets[market].collateralFactor = factor;
    }

    function setPrice(address market, uint256 price) external onlyOwner {
        if (!markets[market].listed) revert NotListed(market);
        emit PriceUpdated(market, markets[market].price, price);
        markets[market].price = price;
    }

    function enterMarkets(address[] calldata list) external {
        for (uint256 i = 0; i < list.length; i++) {
            _enter(list[i], msg.sender);
        }
    }

    function getAssetsIn(address account) external view returns (address[] memory) {
        return accountAssets[account];
    }

    function getAccountLiquidity(address account) external view returns (uint256 liquidity, uint256 shortfall) {
        return getHypotheticalAccountLiquidity(account, address(0), 0, 0);
    }

    /// @notice Liquidity after redeeming `redeemShares` of `modify` and
    ///         borrowing `borrowAmount` from it (valued at current rates).
    function getHypotheticalAccountLiquidity(address account, address modify, uint256 redeemShares, uint256 borrowAmount)
        public
        view
        returns (uint256 liquidity, uint256 shortfall)
    {
        uint256 collateral;
        uint256 debt;
        address[] storage assets = accountAssets[account];
        for (uint256 i = 0; i < assets.length; i++) {
            (uint256 c, uint256 d) = _position(account, assets[i], assets[i] == modify ? redeemShares : 0,
                assets[i] == modify ? borrowAmount : 0);
            collateral += c;
            debt += d;
        }
        if (collateral > debt) return (collateral - debt, 0);
        return (0, debt - collateral);
    }

    /// @dev Discounted collateral value and debt of one market, with a
    ///      hypothetical redeem and borrow applied as debt.
    function _position(address account, address m, uint256 redeemShares, uint256 borrowAmount)
        private
        view
        returns (uint256 collateral, uint256 debt)
    {
        Market storage info = markets[m];
        (uint256 shares, uint256 borrowed, uint256 rate) = IRoundingMarket(m).getAccountSnapshot(account);
        // USD value of one share, discounted by the collateral factor.
        uint256 sharePrice = rate * info.price / MANTISSA * info.collateralFactor / MANTISSA;
        collateral = shares * sharePrice / MANTISSA;
        debt = (borrowed + borrowAmount) * info.price / MANTISSA + redeemShares * sharePrice / MANTISSA;
    }

    function redeemAllowed(address market, address redeemer, uint256 shares) external view {
        if (!markets[market].listed) revert NotListed(market);
        if (!membership[redeemer][market]) return; // not collateral
        (, uint256 shortfall) = getHypotheticalAccountLiquidity(redeemer, market, shares, 0);
        if (shortfall > 0) revert InsufficientLiquidity(redeemer, shortfall);
    }

    function borrowAllowed(address market, address borrower, uint256 amount) external {
        if (!markets[market].listed) revert NotListed(market);
        if (!membership[borrower][market]) {
            // Only the market itself may enter a borrower into it.
            if (msg.sender != market) revert NotListed(msg.sender);
            _enter(market, borrower);
        }
        (, uint256 shortfall) = getHypotheticalAccountLiquidity(borrower, market, 0, amount);
        if (shortfall > 0) revert InsufficientLiquidity(borrower, shortfall);
    }

    function _enter(address market, address account) private {
        if (!markets[market].listed) revert NotListed(market);
        if (membership[account][market]) return;
        membership[account][market] = true;
        accountAssets[account].push(market);
        emit MarketEntered(market, account);
    }
}

/// @title RoundingMarket
/// @notice One money market of the protocol (a cToken): suppliers receive
///         8-decimal shares at the exchange rate (cash + borrows) / shares;
///         borrowers borrow against collateral the comptroller values.
///         No interest model: rates stay flat, which keeps the corpus simple.
/// @dev VULNERABILITY (deliberate, corpus scenario "rounding-drain"):
///      `redeemUnderlying` converts the requested amount to shares rounding
///      DOWN (Compound V2's `div_`), so a redeemer burns fewer shares than the
///      amount is worth. Harmless while a share is worth a fraction of a
///      token; fatal in a freshly listed, empty market whose exchange rate an
///      attacker inflates by donation (Hundred Finance, April 2023): with two
///      shares outstanding, redeeming almost all the cash burns one share,
///      while the comptroller valued the collateral at both.
contract RoundingMarket is ERC20, ReentrancyGuard {
    using SafeERC20 for IERC20;

    IERC20 public immutable underlying;
    RoundingComptroller public immutable comptroller;
    uint256 public immutable initialExchangeRate;

    uint256 public totalBorrows;
    mapping(address account => uint256) public borrowBalance;

    event Mint(address indexed minter, uint256 amount, uint256 shares);
    event Redeem(address indexed redeemer, uint256 amount, uint256 shares);
    event Borrow(address indexed borrower, uint256 amount, uint256 accountBorrows, uint256 totalBorrows);
    event RepayBorrow(
        address indexed payer, address indexed borrower, uint256 amount, uint256 accountBorrows, uint256 totalBorrows
    );

    error ZeroShares(uint256 amount);
    error InsufficientCash(uint256 cash, uint256 amount);
    error RepayTooMuch(address borrower, uint256 debt, uint256 amount);

    constructor(
        IERC20 underlying_,
        RoundingComptroller comptroller_,
        uint256 initialExchangeRate_,
        string memory name_,
        string memory symbol_
    ) ERC20(name_, symbol_) {
        underlying = underlying_;
        comptroller = comptroller_;
        initialExchangeRate = initialExchangeRate_;
    }

    function decimals() public pure override returns (uint8) {
        return 8;
    }

    function getCash() public view returns (uint256) {
        return underlying.balanceOf(address(this));
    }

    /// @notice Underlying base units per share, times 1e18.
    function exchangeRate() public view returns (uint256) {
        uint256 supply = totalSupply();
        if (supply == 0) return initialExchangeRate;
        return (getCash() + totalBorrows) * 1e18 / supply;
    }

    function getAccountSnapshot(address account) external view returns (uint256, uint256, uint256) {
        return (balanceOf(account), borrowBalance[account], exchangeRate());
    }

    function mint(uint256 amount) external nonReentrant {
        uint256 shares = amount * 1e18 / exchangeRate();
        if (shares == 0) revert ZeroShares(amount);
        underlying.safeTransferFrom(msg.sender, address(this), amount);
        _mint(msg.sender, shares);
        emit Mint(msg.sender, amount, shares);
    }

    function redeem(uint256 shares) external nonReentrant {
        _redeem(shares, shares * exchangeRate() / 1e18);
    }

    function redeemUnderlying(uint256 amount) external nonReentrant {
        // The flaw: rounds down, in the redeemer's favour.
        _redeem(amount * 1e18 / exchangeRate(), amount);
    }

    function borrow(uint256 amount) external nonReentrant {
        comptroller.borrowAllowed(address(this), msg.sender, amount);
        uint256 cash = getCash();
        if (cash < amount) revert InsufficientCash(cash, amount);
        borrowBalance[msg.sender] += amount;
        totalBorrows += amount;
        underlying.safeTransfer(msg.sender, amount);
        emit Borrow(msg.sender, amount, borrowBalance[msg.sender], totalBorrows);
    }

    function repayBorrow(uint256 amount) external nonReentrant {
        uint256 debt = borrowBalance[msg.sender];
        if (amount > debt) revert RepayTooMuch(msg.sender, debt, amount);
        underlying.safeTransferFrom(msg.sender, address(this), amount);
        borrowBalance[msg.sender] = debt - amount;
        totalBorrows -= amount;
        emit RepayBorrow(msg.sender, msg.sender, amount, debt - amount, totalBorrows);
    }

    function _redeem(uint256 shares, uint256 amount) private {
        if (shares == 0) revert ZeroShares(amount);
        comptroller.redeemAllowed(address(this), msg.sender, shares);
        uint256 cash = getCash();
        if (cash < amount) revert InsufficientCash(cash, amount);
        _burn(msg.sender, shares);
        underlying.safeTransfer(msg.sender, amount);
        emit Redeem(msg.sender, amount, shares);
    }

    /// @dev Shares used as collateral may only move when the account stays solvent.
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) comptroller.redeemAllowed(address(this), from, value);
        super._update(from, to, value);
    }
}
