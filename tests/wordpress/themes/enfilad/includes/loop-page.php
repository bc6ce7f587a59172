<?php
/**
 * Enfold's includes/loop-page.php: a page prints NO title in its body (the title is in
 * the title bar only) – just an empty header.entry-content-header and the content.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( have_posts() ) :
	while ( have_posts() ) :
		the_post();
		$enfilad_page_id = get_the_ID();
		?>
		<article class='<?php echo esc_attr( implode( ' ', get_post_class( 'post-entry post-entry-type-page post-entry-' . $enfilad_page_id ) ) ); ?>' <?php echo enfilad_markup( 'entry' ); ?>>

			<div class="entry-content-wrapper clearfix">
				<header class="entry-content-header" aria-label="Sidans innehåll för: <?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>"></header>
				<div class="entry-content" <?php echo enfilad_markup( 'entry_content' ); ?>><?php the_content( 'Läs mer<span class="more-link-arrow"></span>' ); ?></div>
				<footer class="entry-footer"><?php
				wp_link_pages(
					array(
						'before'    => '<nav class="pagination_split_post">Sidor:',
						'after'     => '</nav>',
						'pagelink'  => '<span>%</span>',
						'separator' => ' ',
					)
				);
				?></footer>
			</div>

		</article><!--end post-entry-->
		<?php
	endwhile;
else :
	?>
	<article class="entry">
		<header class="entry-content-header">
			<h1 class='post-title entry-title '>Inget hittades</h1>
		</header>
		<p class="entry-content">Tyvärr, inga inlägg matchade dina kriterier</p>
		<footer class="entry-footer"></footer>
	</article>
	<?php
endif;
