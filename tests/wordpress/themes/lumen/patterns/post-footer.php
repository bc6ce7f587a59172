<?php
/**
 * Title: Inläggets sidfot
 * Slug: lumen/post-footer
 * Categories: lumen
 * Inserter: no
 *
 * Tags of the post followed by links to the previous and next post.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-entry-footer","style":{"spacing":{"padding":{"top":"var:preset|spacing|40"},"margin":{"top":"var:preset|spacing|60"},"blockGap":"var:preset|spacing|50"}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group lumen-entry-footer" style="margin-top:var(--wp--preset--spacing--60);padding-top:var(--wp--preset--spacing--40)"><!-- wp:post-terms {"term":"post_tag","prefix":"<?php echo esc_html_x( 'Taggar:', 'label before the tags of a post', 'lumen' ); ?>","separator":" ","className":"is-style-lumen-pills"} /-->

<!-- wp:group {"className":"lumen-post-nav","style":{"spacing":{"blockGap":"var:preset|spacing|40"}},"layout":{"type":"flex","flexWrap":"nowrap","justifyContent":"space-between","verticalAlignment":"top"}} -->
<div class="wp-block-group lumen-post-nav"><!-- wp:post-navigation-link {"type":"previous","label":"<?php echo esc_html_x( 'Föregående inlägg', 'label for the previous post link', 'lumen' ); ?>","showTitle":true,"linkLabel":true} /-->

<!-- wp:post-navigation-link {"textAlign":"right","label":"<?php echo esc_html_x( 'Nästa inlägg', 'label for the next post link', 'lumen' ); ?>","showTitle":true,"linkLabel":true} /--></div>
<!-- /wp:group --></div>
<!-- /wp:group -->
