<header class="entry-header">
	<div class="entry-header-text entry-header-text-top text-<?php echo esc_attr( flatsome_option( 'blog_posts_title_align' ) ); ?>">
		<?php get_template_part( 'template-parts/posts/partials/entry', 'title' ); ?>
	</div>

	<?php if ( has_post_thumbnail() ) : ?>
		<?php if ( ! is_single() || ( is_single() && flatsome_option( 'blog_single_featured_image' ) ) ) : ?>
		<div class="entry-image relative">
			<?php get_template_part( 'template-parts/posts/partials/entry-image', 'default' ); ?>
			<?php get_template_part( 'template-parts/posts/partials/entry', 'post-date' ); ?>
		</div>
		<?php endif; ?>
	<?php endif; ?>
</header>
