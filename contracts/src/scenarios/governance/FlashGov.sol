// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC3156FlashLender} from "@openzeppelin/contracts/interfaces/IERC3156FlashLender.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";

/// @title FlashGovToken
/// @notice "Grain DAO" (GRAIN), the DAO's governance token with delegated
///         votes (OpenZeppelin ERC20Votes, checkpointed by block number).
contract FlashGovToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    constructor(address initialOwner) ERC20("Grain DAO", "GRAIN") ERC20Permit("Grain DAO") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// @title FlashGovUSD
/// @notice The stablecoin the DAO treasury holds ("Grain Treasury USD", gUSD).
contract FlashGovUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Grain Treasury USD", "gUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title FlashGovLender
/// @notice A GRAIN money market: holders deposit idle GRAIN, which anyone may
///         flash-borrow (ERC-3156) for a fee that accrues to the protocol.
///         Correct in itself; it is the attacker's source of votes.
contract FlashGovLender is IERC3156FlashLender, Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 private constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");

    IERC20 public immutable asset;
    uint256 public feeBps;
    uint256 public totalDeposits;
    uint256 public accruedFees;
    mapping(address account => uint256) public deposits;

    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event FlashLoan(address indexed receiver, address indexed token, uint256 amount, uint256 fee);
    event FlashFeeChanged(uint256 previousBps, uint256 newBps);
    event FeesCollected(address indexed to, uint256 amount);

    error UnsupportedToken(address token);
    error InsufficientDeposit(address account, uint256 deposit, uint256 amount);
    error FeeTooHigh(uint256 bps);
    error CallbackFailed(address receiver);
    error ZeroAmount();

    constructor(IERC20 asset_, address initialOwner, uint256 feeBps_) Ownable(initialOwner) {
        asset = asset_;
        feeBps = feeBps_;
    }

    function deposit(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        deposits[msg.sender] += amount;
        totalDeposits += amount;
        asset.safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, amount);
    }

    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 d = deposits[msg.sender];
        if (d < amount) revert InsufficientDeposit(msg.sender, d, amount);
        deposits[msg.sender] = d - amount;
        totalDeposits -= amount;
        asset.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    function maxFlashLoan(address token) public view returns (uint256) {
        return token == address(asset) ? asset.balanceOf(address(this)) : 0;
    }

    function flashFee(address token, uint256 amount) public view returns (uint256) {
        if (token != address(asset)) revert UnsupportedToken(token);
        return amount * feeBps / 10_000;
    }

    function flashLoan(IERC3156FlashBorrower receiver, address token, uint256 amount, bytes calldata data)
        external
        nonReentrant
        returns (bool)
    {
        uint256 fee = flashFee(token, amount);
        asset.safeTransfer(address(receiver), amount);
        if (receiver.onFlashLoan(msg.sender, token, amount, fee, data) != CALLBACK_SUCCESS) {
            revert CallbackFailed(address(receiver));
        }
        asset.safeTransferFrom(address(receiver), address(this), amount + fee);
        accruedFees += fee;
        emit FlashLoan(address(receiver), token, amount, fee);
        return true;
    }

    function setFlashFee(uint256 bps) external onlyOwner {
        if (bps > 100) revert FeeTooHigh(bps);
        emit FlashFeeChanged(feeBps, bps);
        feeBps = bps;
    }

    function collectFees(address to) external onlyOwner {
        uint256 f = accruedFees;
        accruedFees = 0;
        asset.safeTransfer(to, f);
        emit FeesCollected(to, f);
    }
}

/// @title FlashGovernor
/// @notice The Grain DAO's governor and treasury (gUSD, GRAIN and ETH).
///         Holders with enough votes propose a list of calls; proposals pass
///         after a voting period with a quorum, or AT ONCE when votes for them
///         exceed half of the token supply ("emergency commit").
/// @dev VULNERABILITY (deliberate, corpus scenario "governance-flash-vote"):
///      `castVote` weighs a vote with the voter's CURRENT votes
///      (`getVotes`), not with its votes at the proposal's snapshot block
///      (`getPastVotes(voter, startBlock - 1)`), and the emergency path
///      executes in the same block. Votes borrowed for one transaction
///      therefore propose, pass and execute a proposal (Beanstalk, 2022).
contract FlashGovernor is ReentrancyGuard {
    enum ProposalState {
        Active,
        Defeated,
        Succeeded,
        Executed
    }

    struct Proposal {
        address proposer;
        uint64 startBlock;
        uint64 endBlock;
        bool executed;
        uint256 forVotes;
        uint256 againstVotes;
        bytes32 actionsHash;
    }

    ERC20Votes public immutable token;
    uint256 public votingPeriod;
    uint256 public proposalThreshold;
    uint256 public quorumVotes;
    uint256 public proposalCount;
    mapping(uint256 id => Proposal) public proposals;
    mapping(uint256 id => mapping(address voter => bool)) public hasVoted;

    event ProposalCreated(
        uint256 proposalId,
        address proposer,
        address[] targets,
        uint256[] values,
        bytes[] calldatas,
        uint256 startBlock,
        uint256 endBlock,
        string description
    );
    event VoteCast(address indexed voter, uint256 proposalId, bool support, uint256 weight);
    event ProposalExecuted(uint256 proposalId);
    event VotingPeriodSet(uint256 previous, uint256 current);
    event ProposalThresholdSet(uint256 previous, uint256 current);
    event QuorumVotesSet(uint256 previous, uint256 current);

    error OnlyGovernance(address caller);
    error BelowThreshold(address proposer, uint256 votes, uint256 threshold);
    error InvalidActions();
    error UnknownProposal(uint256 id);
    error VotingClosed(uint256 id);
    error AlreadyVoted(uint256 id, address voter);
    error NotExecutable(uint256 id, ProposalState state);
    error ActionsMismatch(uint256 id);
    error CallFailed(uint256 id, uint256 index);

    modifier onlyGovernance() {
        if (msg.sender != address(this)) revert OnlyGovernance(msg.sender);
        _;
    }

    constructor(ERC20Votes token_, uint256 votingPeriod_, uint256 threshold, uint256 quorum) {
        token = token_;
        votingPeriod = votingPeriod_;
        proposalThreshold = threshold;
        quorumVotes = quorum;
    }

    receive() external payable {}

    function propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) external returns (uint256 id) {
        if (targets.length == 0 || targets.length != values.length || targets.length != calldatas.length) {
            revert InvalidActions();
        }
        uint256 votes = token.getVotes(msg.sender);
        if (votes < proposalThreshold) revert BelowThreshold(msg.sender, votes, proposalThreshold);
        id = ++proposalCount;
        (uint256 start, uint256 end) = _store(id, keccak256(abi.encode(targets, values, calldatas)));
        emit ProposalCreated(id, msg.sender, targets, values, calldatas, start, end, description);
    }

    function _store(uint256 id, bytes32 actionsHash) private returns (uint256 start, uint256 end) {
        start = block.number;
        end = start + votingPeriod;
        proposals[id] = Proposal({
            proposer: msg.sender,
            startBlock: uint64(start),
            endBlock: uint64(end),
            executed: false,
            forVotes: 0,
            againstVotes: 0,
            actionsHash: actionsHash
        });
    }

    function castVote(uint256 id, bool support) external {
        Proposal storage p = proposals[id];
        if (p.proposer == address(0)) revert UnknownProposal(id);
        if (block.number > p.endBlock || p.executed) revert VotingClosed(id);
        if (hasVoted[id][msg.sender]) revert AlreadyVoted(id, msg.sender);
        hasVoted[id][msg.sender] = true;
        // The flaw: current votes, so tokens borrowed a moment ago count.
        uint256 weight = token.getVotes(msg.sender);
        if (support) p.forVotes += weight;
        else p.againstVotes += weight;
        emit VoteCast(msg.sender, id, support, weight);
    }

    function state(uint256 id) public view returns (ProposalState) {
        Proposal storage p = proposals[id];
        if (p.proposer == address(0)) revert UnknownProposal(id);
        if (p.executed) return ProposalState.Executed;
        if (p.forVotes * 2 > token.totalSupply()) return ProposalState.Succeeded;
        if (block.number <= p.endBlock) return ProposalState.Active;
        if (p.forVotes > p.againstVotes && p.forVotes >= quorumVotes) return ProposalState.Succeeded;
        return ProposalState.Defeated;
    }

    function execute(uint256 id, address[] calldata targets, uint256[] calldata values, bytes[] calldata calldatas)
        external
        payable
        nonReentrant
    {
        ProposalState s = state(id);
        if (s != ProposalState.Succeeded) revert NotExecutable(id, s);
        Proposal storage p = proposals[id];
        if (keccak256(abi.encode(targets, values, calldatas)) != p.actionsHash) revert ActionsMismatch(id);
        p.executed = true;
        for (uint256 i = 0; i < targets.length; i++) {
            (bool ok,) = targets[i].call{value: values[i]}(calldatas[i]);
            if (!ok) revert CallFailed(id, i);
        }
        emit ProposalExecuted(id);
    }

    function setVotingPeriod(uint256 blocks) external onlyGovernance {
        emit VotingPeriodSet(votingPeriod, blocks);
        votingPeriod = blocks;
    }

    function setProposalThreshold(uint256 votes) external onlyGovernance {
        emit ProposalThresholdSet(proposalThreshold, votes);
        proposalThreshold = votes;
    }

    function setQuorumVotes(uint256 votes) external onlyGovernance {
        emit QuorumVotesSet(quorumVotes, votes);
        quorumVotes = votes;
    }
}
