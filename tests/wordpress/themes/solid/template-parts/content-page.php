<?php
/**
 * Page content (Soledad content-page.php).
 *
 * @package solid
 */
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
	<?php if ( get_the_title() ) : ?>
		<div class="penci-page-header">
			<h1 class="entry-title"><?php the_title(); ?></h1>
		</div>
	<?php endif; ?>

	<?php solid_meta_schema(); ?>

	<?php if ( has_post_thumbnail() ) : ?>
		<div class="post-image">
			<a href="<?php the_permalink(); ?>">
				<img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" src="<?php echo esc_url( get_template_directory_uri() . '/images/penci2-holder.png' ); ?>" alt="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>" data-src="<?php echo esc_url( get_the_post_thumbnail_url( get_the_ID(), 'penci-full-thumb' ) ); ?>">
			</a>
		</div>
	<?php endif; ?>

	<div class="post-entry blockquote-style-1">
		<div class="inner-post-entry entry-content">
			<?php the_content(); ?>
			<?php
			wp_link_pages( array(
				'before' => '<p class="post-nav-links">Sidor:',
				'after'  => '</p>',
			) );
			?>
		</div>
	</div>

	<div class="tags-share-box hide-tags page-share<?php if ( ! comments_open() ) { echo ' has-line'; } ?>">
		<div class="post-share">
			<span class="share-title">Dela</span>
			<div class="list-posts-share">
				<?php solid_social_share( false ); ?>
			</div>
		</div>
	</div>

	<?php
	if ( comments_open() || get_comments_number() ) {
		comments_template( '', true );
	}
	?>
</article>
