<?php
/**
 * Previous / next post navigation (inc/templates/post_pagination.php).
 *
 * @package solid
 */
$solid_prev_post = get_previous_post();
$solid_next_post = get_next_post();
if ( empty( $solid_prev_post ) && empty( $solid_next_post ) ) {
	return;
}
?>
<div class="post-pagination">
	<?php if ( ! empty( $solid_prev_post ) ) : ?>
		<div class="prev-post">
			<?php if ( has_post_thumbnail( $solid_prev_post->ID ) ) : ?>
				<a class="penci-post-nav-thumb penci-holder-load penci-lazy" href="<?php echo esc_url( get_permalink( $solid_prev_post->ID ) ); ?>" data-bgset="<?php echo esc_url( get_the_post_thumbnail_url( $solid_prev_post->ID, 'penci-thumb-small' ) ); ?>"></a>
			<?php endif; ?>
			<div class="prev-post-inner">
				<div class="prev-post-title">
					<span>föregående inlägg</span>
				</div>
				<a href="<?php echo esc_url( get_permalink( $solid_prev_post->ID ) ); ?>">
					<div class="pagi-text">
						<h5 class="prev-title"><?php echo wp_kses_post( get_the_title( $solid_prev_post->ID ) ); ?></h5>
					</div>
				</a>
			</div>
		</div>
	<?php endif; ?>

	<?php if ( ! empty( $solid_next_post ) ) : ?>
		<div class="next-post">
			<?php if ( has_post_thumbnail( $solid_next_post->ID ) ) : ?>
				<a class="penci-post-nav-thumb penci-holder-load nav-thumb-next penci-lazy" href="<?php echo esc_url( get_permalink( $solid_next_post->ID ) ); ?>" data-bgset="<?php echo esc_url( get_the_post_thumbnail_url( $solid_next_post->ID, 'penci-thumb-small' ) ); ?>"></a>
			<?php endif; ?>
			<div class="next-post-inner">
				<div class="prev-post-title next-post-title">
					<span>nästa inlägg</span>
				</div>
				<a href="<?php echo esc_url( get_permalink( $solid_next_post->ID ) ); ?>">
					<div class="pagi-text">
						<h5 class="next-title"><?php echo wp_kses_post( get_the_title( $solid_next_post->ID ) ); ?></h5>
					</div>
				</a>
			</div>
		</div>
	<?php endif; ?>
</div>
