// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title OmniSwapAggregator
/// @notice A DEX aggregator router: users approve it once, then each swap
///         pulls `amount` of the source token, runs the route the
///         aggregator's API computed (a list of calls to DEX routers and
///         pools), and pays out what the route produced of the destination
///         token, less the protocol fee.
///
/// @dev KNOWN FLAW (scenario `approval-drain` of Warden's exploit corpus):
///      route calls may target ANY address with ANY calldata, and they run
///      as this contract, which holds every user's token approval. A route
///      that calls `token.transferFrom(victim, attacker, amount)` moves any
///      approver's tokens (Transit Swap, October 2022; LI.FI, March 2022 and
///      July 2024; Socket, January 2024).
contract OmniSwapAggregator is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Pseudo-address for native ETH.
    address public constant ETH = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;

    struct SwapDescription {
        address srcToken;
        address dstToken;
        uint256 amount;
        uint256 minReturn;
        address recipient;
    }

    struct Call {
        address target;
        uint256 value;
        bytes data;
    }

    /// @notice Protocol fee on the output, in basis points.
    uint256 public feeBps;
    address public feeRecipient;

    event Swapped(
        address indexed sender,
        address indexed srcToken,
        address indexed dstToken,
        address recipient,
        uint256 amountIn,
        uint256 amountOut,
        uint256 fee
    );
    event FeeUpdated(uint256 previousBps, uint256 newBps);
    event FeeRecipientUpdated(address indexed previous, address indexed current);

    error ZeroAmount();
    error BadValue(uint256 sent, uint256 amount);
    error RouteCallFailed(uint256 index, bytes reason);
    error ReturnTooLow(uint256 amountOut, uint256 minReturn);
    error FeeTooHigh(uint256 bps);
    error EtherTransferFailed();

    constructor(address owner_, address feeRecipient_, uint256 feeBps_) Ownable(owner_) {
        feeRecipient = feeRecipient_;
        feeBps = feeBps_;
    }

    /// @notice Swaps desc.amount of desc.srcToken along `calls` and sends the
    ///         output (less the fee) to desc.recipient.
    function swap(SwapDescription calldata desc, Call[] calldata calls)
        external
        payable
        nonReentrant
        returns (uint256 amountOut)
    {
        if (desc.amount == 0) revert ZeroAmount();
        if (desc.srcToken == ETH) {
            if (msg.value != desc.amount) revert BadValue(msg.value, desc.amount);
        } else {
            if (msg.value != 0) revert BadValue(msg.value, 0);
            IERC20(desc.srcToken).safeTransferFrom(msg.sender, address(this), desc.amount);
        }
        uint256 before = _balance(desc.dstToken);
        // THE FLAW: any target, any calldata, executed with this contract's
        // approvals (see contract notes).
        for (uint256 i = 0; i < calls.length; i++) {
            (bool ok, bytes memory reason) = calls[i].target.call{value: calls[i].value}(calls[i].data);
            if (!ok) revert RouteCallFailed(i, reason);
        }
        amountOut = _balance(desc.dstToken) - before;
        uint256 fee = amountOut * feeBps / 10_000;
        uint256 net = amountOut - fee;
        if (net < desc.minReturn) revert ReturnTooLow(net, desc.minReturn);
        _pay(desc.dstToken, feeRecipient, fee);
        _pay(desc.dstToken, desc.recipient, net);
        emit Swapped(msg.sender, desc.srcToken, desc.dstToken, desc.recipient, desc.amount, net, fee);
    }

    function setFee(uint256 newBps) external onlyOwner {
        if (newBps > 100) revert FeeTooHigh(newBps);
        emit FeeUpdated(feeBps, newBps);
        feeBps = newBps;
    }

    function setFeeRecipient(address newRecipient) external onlyOwner {
        emit FeeRecipientUpdated(feeRecipient, newRecipient);
        feeRecipient = newRecipient;
    }

    receive() external payable {}

    function _balance(address token) private view returns (uint256) {
        return token == ETH ? address(this).balance : IERC20(token).balanceOf(address(this));
    }

    function _pay(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        if (token == ETH) {
            (bool ok,) = payable(to).call{value: amount}("");
            if (!ok) revert EtherTransferFailed();
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
