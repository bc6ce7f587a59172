<?php
/**
 * Author box under the post (inc/templates/about_author.php).
 *
 * @package solid
 */
$solid_author_id = get_the_author_meta( 'ID' );
?>
<div class="post-author abio-style-1 bioimg-round">
	<div class="author-img">
		<?php echo get_avatar( get_the_author_meta( 'user_email' ), 100 ); ?>
	</div>
	<div class="author-content">
		<h5><?php the_author_posts_link(); ?></h5>
		<?php if ( get_the_author_meta( 'description' ) ) : ?>
			<p><?php echo wp_kses_post( get_the_author_meta( 'description' ) ); ?></p>
		<?php endif; ?>
		<div class="bio-social">
			<?php if ( get_the_author_meta( 'user_url' ) ) : ?>
				<a target="_blank" rel="noreferrer" class="author-social" href="<?php echo esc_url( get_the_author_meta( 'user_url' ) ); ?>"><i class="penci-faicon fa fa-globe" ></i></a>
			<?php endif; ?>
			<a class="author-social" href="<?php echo esc_url( get_author_feed_link( $solid_author_id ) ); ?>" rel="noreferrer"><i class="penci-faicon fa fa-rss" ></i></a>
		</div>
	</div>
</div>
