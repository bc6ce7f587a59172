<div class="entry-content single-page">

	<?php the_content(); ?>

	<?php
	wp_link_pages(
		array(
			'before' => '<div class="page-links">Sidor:',
			'after'  => '</div>',
		)
	);
	?>

	<?php
	if ( flatsome_option( 'blog_share' ) ) {
		// SHARE ICONS.
		echo '<div class="blog-share text-center">';
		echo '<div class="is-divider medium"></div>';
		echo do_shortcode( '[share]' );
		echo '</div>';
	}
	?>
</div>

<?php if ( flatsome_option( 'blog_single_footer_meta' ) ) : ?>
	<footer class="entry-meta text-<?php echo esc_attr( flatsome_option( 'blog_posts_title_align' ) ); ?>">
		<?php
		/* translators: used between list items, there is a space after the comma */
		$category_list = get_the_category_list( ', ' );

		/* translators: used between list items, there is a space after the comma */
		$tag_list = get_the_tag_list( '', ', ' );

		// But this blog has loads of categories so we should probably display them here.
		if ( '' != $tag_list ) { // phpcs:ignore
			$meta_text = 'Detta inlägg publicerades i %1$s och märktes %2$s.';
		} else {
			$meta_text = 'Detta inlägg publicerades i %1$s. Bokmärk <a href="%3$s" title="Permalänk till %4$s" rel="bookmark">permalänken</a>.';
		}

		printf( $meta_text, $category_list, $tag_list, esc_url( get_permalink() ), the_title_attribute( 'echo=0' ) ); // phpcs:ignore
		?>
	</footer>
<?php endif; ?>

<?php if ( flatsome_option( 'blog_author_box' ) ) : ?>
	<div class="entry-author author-box">
		<div class="flex-row align-top">
			<div class="flex-col mr circle">
				<div class="blog-author-image">
					<?php
					$user = get_the_author_meta( 'ID' );
					echo get_avatar( $user, 90 );
					?>
				</div>
			</div>
			<div class="flex-col flex-grow">
				<h5 class="author-name uppercase pt-half">
					<?php echo esc_html( get_the_author_meta( 'display_name' ) ); ?>
				</h5>
				<p class="author-desc small"><?php echo esc_html( get_the_author_meta( 'user_description' ) ); ?></p>
			</div>
		</div>
	</div>
<?php endif; ?>

<?php
if ( flatsome_option( 'blog_single_next_prev_nav' ) ) :
	flatsome_content_nav( 'nav-below' );
endif;
