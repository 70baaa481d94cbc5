# language: en
Feature: A GVI site abroad writes its cases in English on the same vocabulary
  The same steps read English: children under the age of criminal responsibility get support and
  a social services notification but never a sanction, and only a confirmed or probable link to
  a group that received the promise brings consequences for the whole group.

  Background:
    Given the group "North Network" received the promise "HUDDINGE-2024" at a call-in on 2026-01-15
    And the group has these members:
      | person | born       | attended call-in | under supervision | wanted | in custody |
      | P-2001 | 1994-09-09 | yes              | yes               | no     | no         |
      | P-2002 | 2011-06-01 | yes              | no                | yes    | no         |
      | P-2003 | 2000-12-12 | no               | no                | yes    | yes        |

  @GVI-07
  Scenario: A 14-year-old gets social services and support but no sanction
    When the police report a shooting on 2026-02-01 at 21:40 with a confirmed link to the group
    Then the group should face the promised consequences
    And P-2002 should get these actions:
      | action                       |
      | social services notification |
      | support offer                |
    And P-2002 should get no sanction, because "under 15"

  @GVI-07
  Scenario: A member whose 15th birthday is the day of the shooting counts as 15
    Given P-2002 was born on 2011-02-01
    When the police report a shooting on 2026-02-01 at 21:40 with a confirmed link to the group
    Then P-2002 should get the action "warrant execution"
    And P-2002 should not be excluded

  @GVI-03
  Scenario: A suspected link waits for the police to strengthen it
    When the police report an attempted homicide on 2026-02-01 at 21:40 with a suspected link to the group
    Then the group should await a stronger link
    And the group should get no actions at all

  @GVI-09 @GVI-12
  Scenario: A member in custody gets no sanction but is offered support and the promise in person
    When the police report an explosion on 2026-02-01 at 03:15 with a probable link to the group
    And the incident is registered on 2026-02-01 at 08:00
    Then P-2003 should get these actions:
      | action              |
      | custom notification |
      | support offer       |
    And P-2003 should get no sanction, because "in custody"
    And the group should be due on 2026-02-08 at 08:00, the recommendation and every action
    And the recommendation for the group should await a human decision
