<?php
/**
 * "Citera artikeln" – referens i Harvardstil efter texten.
 *
 * @package Dossier
 */

$dossier_date     = dossier_post_datetime();
$dossier_accessed = current_datetime();
$dossier_ref_id   = 'cite-ref-' . get_the_ID();
?>
<section class="cite-box" aria-labelledby="cite-title-<?php the_ID(); ?>">
	<h2 class="cite-box__title" id="cite-title-<?php the_ID(); ?>"><?php esc_html_e( 'Citera artikeln', 'dossier' ); ?></h2>
	<p class="cite-box__reference" id="<?php echo esc_attr( $dossier_ref_id ); ?>">
		<span class="cite-box__author"><?php echo esc_html( dossier_cite_author_name( (int) get_the_author_meta( 'ID' ) ) ); ?></span>
		(<span class="cite-box__year"><?php echo esc_html( get_the_date( 'Y' ) ); ?></span>).
		<cite class="cite-box__work"><?php the_title(); ?></cite>.
		<span class="cite-box__publisher"><?php bloginfo( 'name' ); ?></span>,
		<time class="cite-box__date" datetime="<?php echo esc_attr( get_the_date( 'Y-m-d' ) ); ?>"><?php echo esc_html( dossier_format_datetime( $dossier_date ) ); ?></time>.
		<?php esc_html_e( 'Tillgänglig:', 'dossier' ); ?>
		<span class="cite-box__url"><?php echo esc_url( get_permalink() ); ?></span>
		(<?php esc_html_e( 'hämtad', 'dossier' ); ?> <time class="cite-box__accessed" datetime="<?php echo esc_attr( $dossier_accessed->format( 'Y-m-d' ) ); ?>"><?php echo esc_html( dossier_format_datetime( $dossier_accessed ) ); ?></time>).
	</p>
	<button type="button" class="cite-box__copy" data-dossier-copy-from="<?php echo esc_attr( $dossier_ref_id ); ?>"><?php esc_html_e( 'Kopiera referensen', 'dossier' ); ?></button>
</section>
