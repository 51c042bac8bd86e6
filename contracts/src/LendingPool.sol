// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IUniswapV2Pair} from "./IUniswapV2.sol";
import {ICircuitBreaker} from "./ICircuitBreaker.sol";

/// @title LendingPool
/// @notice A deliberately small over-collateralised lending market for the
///         Warden demo: lenders supply the asset (dUSD), borrowers lock the
///         collateral (WETH) and borrow the asset up to 75% of the collateral's
///         value.
///
/// @dev KNOWN FLAW (on purpose, it is what the demo's incident is about):
///      the collateral is valued at the SPOT price read from one Uniswap V2
///      pair's current reserves (see {collateralPrice}). Anyone who can move
///      that pair's reserves inside a transaction (for example with a flash
///      swap from another pool) can inflate the collateral's value, borrow far
///      more than the collateral is worth, and restore the price in the same
///      transaction. A real protocol would use a manipulation-resistant oracle
///      (a TWAP or an off-chain price feed) instead.
///
///      Simplifications, also on purpose: there is no interest accrual (debt
///      is exactly what was borrowed), no liquidations and no lender yield; the
///      only borrower risk is the limit check when borrowing or withdrawing
///      collateral.
///
///      Incident response: holders of PAUSER_ROLE can {pause} the pool, which
///      stops every flow of funds except {repay}; only the admin can unpause.
///      When the admin sets a {circuitBreaker}, every token leaving the pool
///      (withdraw, borrow, withdrawCollateral) is reported to it first, and
///      an outflow over its rate limit is delayed (held by the breaker for the
///      recipient to claim later) or reverted, as the breaker is configured.
contract LendingPool is AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to pause the pool (incident responders).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice Loan-to-value ratio used for the borrow limit, in basis points.
    uint256 public constant LTV_BPS = 7500;
    uint256 private constant BPS = 10000;
    uint256 private constant ONE = 1e18;

    /// @notice The borrowable asset (dUSD).
    IERC20 public immutable asset;
    /// @notice The collateral token (WETH).
    IERC20 public immutable collateral;
    /// @notice Uniswap V2 pair of asset/collateral whose reserves price the collateral.
    IUniswapV2Pair public immutable pricePair;
    /// @dev True when the collateral is token0 of {pricePair}.
    bool private immutable collateralIsToken0;

    /// @notice Largest amount a single borrow() call may take.
    uint256 public maxBorrowPerTx;

    /// @notice Asset supplied by each lender (no yield, see contract notes).
    mapping(address => uint256) public supplied;
    mapping(address => uint256) private _collateral;
    mapping(address => uint256) private _debt;

    /// @notice Outflow rate limit every withdrawal and borrow goes through;
    ///         zero (the default) means none. Declared after the existing
    ///         state so their storage slots stay where they were.
    ICircuitBreaker public circuitBreaker;

    event Supplied(address indexed user, uint256 amount);
    event Withdrawn(address indexed user, uint256 amount);
    event CollateralDeposited(address indexed user, uint256 amount);
    event CollateralWithdrawn(address indexed user, uint256 amount);
    event Borrowed(address indexed user, uint256 amount);
    event Repaid(address indexed user, uint256 amount);
    event MaxBorrowPerTxUpdated(uint256 previous, uint256 current);
    event CircuitBreakerUpdated(address previous, address current);

    error ZeroAmount();
    error ZeroAddress();
    error PairMismatch();
    error EmptyReserves();
    error BorrowCapExceeded(uint256 amount, uint256 cap);
    error BorrowLimitExceeded(uint256 debtAfter, uint256 limit);
    error InsufficientLiquidity(uint256 requested, uint256 available);
    error InsufficientSupplied(uint256 requested, uint256 supplied);
    error InsufficientCollateral(uint256 requested, uint256 deposited);
    error NoDebt();

    constructor(IERC20 asset_, IERC20 collateral_, address pricePair_, uint256 maxBorrowPerTx_, address admin) {
        if (
            address(asset_) == address(0) || address(collateral_) == address(0) || pricePair_ == address(0)
                || admin == address(0)
        ) revert ZeroAddress();

        IUniswapV2Pair pair = IUniswapV2Pair(pricePair_);
        address t0 = pair.token0();
        address t1 = pair.token1();
        bool cIs0 = t0 == address(collateral_) && t1 == address(asset_);
        bool cIs1 = t1 == address(collateral_) && t0 == address(asset_);
        if (!cIs0 && !cIs1) revert PairMismatch();

        asset = asset_;
        collateral = collateral_;
        pricePair = pair;
        collateralIsToken0 = cIs0;
        maxBorrowPerTx = maxBorrowPerTx_;

        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
    }

    // ---------------------------------------------------------------------
    // Lenders
    // ---------------------------------------------------------------------

    /// @notice Supplies `amount` of the asset to the pool.
    function supply(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        supplied[msg.sender] += amount;
        asset.safeTransferFrom(msg.sender, address(this), amount);
        emit Supplied(msg.sender, amount);
    }

    /// @notice Withdraws `amount` of previously supplied asset.
    function withdraw(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 have = supplied[msg.sender];
        if (amount > have) revert InsufficientSupplied(amount, have);
        uint256 liquidity = availableLiquidity();
        if (amount > liquidity) revert InsufficientLiquidity(amount, liquidity);
        supplied[msg.sender] = have - amount;
        _sendOut(asset, msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------------
    // Borrowers
    // ---------------------------------------------------------------------

    /// @notice Locks `amount` of collateral for the caller.
    function depositCollateral(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        _collateral[msg.sender] += amount;
        collateral.safeTransferFrom(msg.sender, address(this), amount);
        emit CollateralDeposited(msg.sender, amount);
    }

    /// @notice Unlocks `amount` of collateral; the position must stay within its borrow limit.
    function withdrawCollateral(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 have = _collateral[msg.sender];
        if (amount > have) revert InsufficientCollateral(amount, have);
        _collateral[msg.sender] = have - amount;
        uint256 debt = _debt[msg.sender];
        if (debt > 0) {
            uint256 limit = borrowLimit(msg.sender);
            if (debt > limit) revert BorrowLimitExceeded(debt, limit);
        }
        _sendOut(collateral, msg.sender, amount);
        emit CollateralWithdrawn(msg.sender, amount);
    }

    /// @notice Borrows `amount` of the asset against the caller's collateral.
    function borrow(uint256 amount) external nonReentrant whenNotPaused {
        if (amount == 0) revert ZeroAmount();
        uint256 cap = maxBorrowPerTx;
        if (amount > cap) revert BorrowCapExceeded(amount, cap);
        uint256 debtAfter = _debt[msg.sender] + amount;
        // The limit uses the manipulable spot price (see contract notes).
        uint256 limit = borrowLimit(msg.sender);
        if (debtAfter > limit) revert BorrowLimitExceeded(debtAfter, limit);
        uint256 liquidity = availableLiquidity();
        if (amount > liquidity) revert InsufficientLiquidity(amount, liquidity);
        _debt[msg.sender] = debtAfter;
        _sendOut(asset, msg.sender, amount);
        emit Borrowed(msg.sender, amount);
    }

    /// @notice Repays up to `amount` of the caller's debt (capped at the debt).
    /// @dev Deliberately NOT whenNotPaused: borrowers must be able to reduce
    ///      their exposure while the pool is paused during an incident.
    function repay(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 debt = _debt[msg.sender];
        if (debt == 0) revert NoDebt();
        uint256 paid = amount < debt ? amount : debt;
        _debt[msg.sender] = debt - paid;
        asset.safeTransferFrom(msg.sender, address(this), paid);
        emit Repaid(msg.sender, paid);
    }

    // ---------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------

    /// @notice Price of 1e18 collateral units in asset units.
    /// @dev THE FLAW: this is the instantaneous reserve ratio of a single AMM
    ///      pair, which any trader can move within one transaction.
    function collateralPrice() public view returns (uint256) {
        (uint112 r0, uint112 r1,) = pricePair.getReserves();
        (uint256 rc, uint256 ra) = collateralIsToken0 ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
        if (rc == 0 || ra == 0) revert EmptyReserves();
        return ra * ONE / rc;
    }

    /// @notice Most asset `user` may owe given its collateral at the current price.
    function borrowLimit(address user) public view returns (uint256) {
        return _collateral[user] * collateralPrice() / ONE * LTV_BPS / BPS;
    }

    /// @notice Collateral locked by `user`.
    function collateralOf(address user) external view returns (uint256) {
        return _collateral[user];
    }

    /// @notice Asset owed by `user` (no interest, see contract notes).
    function debtOf(address user) external view returns (uint256) {
        return _debt[user];
    }

    /// @notice Asset the pool holds and can lend or return to lenders.
    function availableLiquidity() public view returns (uint256) {
        return asset.balanceOf(address(this));
    }

    // ---------------------------------------------------------------------
    // Administration
    // ---------------------------------------------------------------------

    /// @notice Stops supply, withdraw, collateral moves and borrowing.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes normal operation. Admin only, so a pauser cannot undo a pause by another.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    /// @notice Changes the per-transaction borrow cap.
    function setMaxBorrowPerTx(uint256 newCap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit MaxBorrowPerTxUpdated(maxBorrowPerTx, newCap);
        maxBorrowPerTx = newCap;
    }

    /// @notice Sets (or with zero removes) the outflow circuit breaker. The
    ///         breaker must grant this pool its PROTECTED_ROLE.
    function setCircuitBreaker(ICircuitBreaker breaker) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit CircuitBreakerUpdated(address(circuitBreaker), address(breaker));
        circuitBreaker = breaker;
    }

    // ---------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------

    /// @dev Every token leaving the pool goes through here. The breaker
    ///      records the outflow and answers whether to release it now; if not,
    ///      the tokens go to the breaker, which holds them for `to` (see
    ///      {ICircuitBreaker-onOutflow}). Callers update their state first.
    function _sendOut(IERC20 token, address to, uint256 amount) private {
        ICircuitBreaker breaker = circuitBreaker;
        if (address(breaker) == address(0) || breaker.onOutflow(address(token), amount, to)) {
            token.safeTransfer(to, amount);
        } else {
            token.safeTransfer(address(breaker), amount);
        }
    }
}
