<?php
/**
 * Share box under the content (tags-share-box).
 *
 * @package solid
 */
?>
<div class="tags-share-box single-post-share tags-share-box-s2 penci-social-colored post-share hide-tags page-share">
	<div class="post-share">
		<span class="share-title">Dela</span>
		<div class="list-posts-share">
			<?php solid_social_share( true ); ?>
		</div>
	</div>
</div>
